package nl.eisenwijzer.tender;

/** Who saves: the signed-in user's name and the organisation whose tenders they may see and change. */
public record Editor(String username, String organisation) {
}

package nl.eisenwijzer.account;

/**
 * One user who may sign in.
 *
 * @param password the password hash with its encoding prefix, e.g. {@code {bcrypt}$2a$10$…}
 * @param organisation the organisation whose tenders the user sees and changes
 * @param name how the pages greet the user and the history names them
 */
public record Account(String username, String password, String organisation, String name) {
}

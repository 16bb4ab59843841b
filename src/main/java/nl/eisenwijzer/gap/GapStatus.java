package nl.eisenwijzer.gap;

/** What a dossier shows for one PvE requirement at the reference date. */
public enum GapStatus {
    MET, CLAIMED, EVIDENCE_EXPIRED, OUT_OF_SCOPE, PARTIAL, GAP, UNANSWERED, WAIVED;

    /** Met or accepted as an exception: nothing left to do for the verdict. */
    public boolean settled() {
        return this == MET || this == WAIVED;
    }
}

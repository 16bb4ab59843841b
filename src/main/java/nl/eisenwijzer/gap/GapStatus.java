package nl.eisenwijzer.gap;

/**
 * What a dossier shows for one PvE requirement at the reference date. {@code ACCEPTED} is for contract
 * conditions: the bidder accepts them by bidding and they are verified after award, in the roadmap.
 */
public enum GapStatus {
    MET, ACCEPTED, CLAIMED, EVIDENCE_EXPIRED, OUT_OF_SCOPE, PARTIAL, GAP, UNANSWERED, WAIVED;

    /** Met or accepted as an exception: nothing left to do for the verdict. */
    public boolean settled() {
        return this == MET || this == WAIVED;
    }
}

package nl.eisenwijzer.rules;

/**
 * The four rule pipelines, each its own KieBase in {@code rules/kmodule.xml}: a PvE rule never fires in a
 * gap, national-security or award session, nor the other way round. Which pipeline a DRL file belongs to follows
 * from its package ({@code eisenwijzer.pve.*}, {@code eisenwijzer.gap.*}, {@code eisenwijzer.natsec.*},
 * {@code eisenwijzer.award.*}).
 */
public enum Pipeline {
    PVE("pve"),
    GAP("gap"),
    NATSEC("natsec"),
    AWARD("award");

    private final String kieBase;

    Pipeline(String kieBase) {
        this.kieBase = kieBase;
    }

    /** The name of its KieBase in {@code kmodule.xml}. */
    public String kieBase() {
        return kieBase;
    }
}

package kz.election.commission;

/**
 * One election commission of the register.
 *
 * @param code           its identifier everywhere: engine tenant, its members' groups, its Tasklist filters
 * @param parentCode     the commission it answers to; none for the CEC
 * @param territoryCode  the KATO territory it serves; none for the CEC (the whole country)
 * @param precinctNumber a PEC's polling station number
 * @param mailbox        where its mail goes (deadline warnings, escalations)
 * @param language       the language its mail is written in (kk or ru)
 */
public record Commission(String code, CommissionLevel level, String parentCode, String territoryCode,
                         Integer precinctNumber, String nameKk, String nameRu, String mailbox, String language) {

    /** The name in {@code language}: Kazakh for kk, Russian for anything else. */
    public String name(String language) {
        return "kk".equals(language) ? nameKk : nameRu;
    }

    /** The name in the commission's own working language. */
    public String name() {
        return name(language);
    }
}

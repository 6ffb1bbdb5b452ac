package kz.election.commission;

/**
 * The codes of the sample register the demo profile and the tests load (registers/sample/*.csv): one
 * oblast, two of its districts with their territorial commissions, and rural districts under them.
 */
public final class DemoRegister {

    public static final String CEC = "CEC";
    public static final String OBLAST = "110000000";
    public static final String OBLAST_COMMISSION = "OEC-110000000";
    /** Tselinograd district and its TEC, which the demo users sit on. */
    public static final String DISTRICT = "116600000";
    public static final String TEC = "TEC-116600000";
    /** A rural district of Tselinograd district: the territory of most test elections. */
    public static final String RURAL_DISTRICT = "116633100";
    /** Shortandy district and its TEC: the commission next door. */
    public static final String OTHER_DISTRICT = "116800000";
    public static final String OTHER_TEC = "TEC-116800000";
    public static final String OTHER_RURAL_DISTRICT = "116833100";

    private DemoRegister() {
    }
}

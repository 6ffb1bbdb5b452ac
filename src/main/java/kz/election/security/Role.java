package kz.election.security;

/** The commission roles, one Camunda group each; tasks are offered to exactly one of them. */
public enum Role {
    TEC_STAFF("tec-staff", "Territorial election commission"),
    PEC_STAFF("pec-staff", "Precinct election commission"),
    COMPLAINTS_OFFICERS("complaints-officers", "Complaints officers"),
    MASLIKHAT_SECRETARIAT("maslikhat-secretariat", "Maslikhat secretariat"),
    SUPERVISORS("supervisors", "Supervisors"),
    ADMINS("admins", "Administrators");

    private final String groupId;
    private final String groupName;

    Role(String groupId, String groupName) {
        this.groupId = groupId;
        this.groupName = groupName;
    }

    public String groupId() {
        return groupId;
    }

    public String groupName() {
        return groupName;
    }
}

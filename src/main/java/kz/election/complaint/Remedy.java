package kz.election.complaint;

import java.util.ArrayList;
import java.util.List;
import kz.election.common.FieldViolation;
import kz.election.model.ComplaintModel;
import kz.election.platform.FormValues;

/**
 * A remedy as ordered: its kind and what it acts on. Field names are those of the review form and
 * the REST decision ({@code remedy}, {@code remedyPrecinct}, {@code remedyNomination}, {@code remedyGround}).
 *
 * @param precinctNumber      RECOUNT and ANNUL_PRECINCT
 * @param nominationReference DEREGISTER and REINSTATE
 * @param groundCode          DEREGISTER: a deregistration ground of the election's ruleset
 */
public record Remedy(RemedyKind kind, Integer precinctNumber, String nominationReference, String groundCode) {

    public static final String KIND = ComplaintModel.Variables.REMEDY;
    public static final String PRECINCT = ComplaintModel.Variables.REMEDY_PRECINCT;
    public static final String NOMINATION = ComplaintModel.Variables.REMEDY_NOMINATION;
    public static final String GROUND = ComplaintModel.Variables.REMEDY_GROUND;

    public Remedy {
        nominationReference = FormValues.text(nominationReference);
        groundCode = FormValues.text(groundCode);
    }

    /** What each kind needs and must not have; the state of the election is checked elsewhere. */
    public List<FieldViolation> shapeProblems() {
        List<FieldViolation> v = new ArrayList<>();
        if (kind == null) {
            v.add(new FieldViolation(KIND, "choose the remedy: one of RECOUNT, ANNUL_PRECINCT, DEREGISTER, REINSTATE, ANNUL_ELECTION"));
            return v;
        }
        boolean needsPrecinct = kind == RemedyKind.RECOUNT || kind == RemedyKind.ANNUL_PRECINCT;
        boolean needsNomination = kind == RemedyKind.DEREGISTER || kind == RemedyKind.REINSTATE;
        if (needsPrecinct && precinctNumber == null) {
            v.add(new FieldViolation(PRECINCT, "name the precinct number for " + kind));
        } else if (needsPrecinct && precinctNumber < 1) {
            v.add(new FieldViolation(PRECINCT, "a precinct number is a positive whole number, was " + precinctNumber));
        } else if (!needsPrecinct && precinctNumber != null) {
            v.add(new FieldViolation(PRECINCT, kind + " acts on no precinct; leave it empty"));
        }
        if (needsNomination && nominationReference == null) {
            v.add(new FieldViolation(NOMINATION, "name the nomination reference for " + kind));
        } else if (!needsNomination && nominationReference != null) {
            v.add(new FieldViolation(NOMINATION, kind + " acts on no nomination; leave it empty"));
        }
        if (kind == RemedyKind.DEREGISTER && groundCode == null) {
            v.add(new FieldViolation(GROUND, "name the legal ground of the deregistration"));
        } else if (kind != RemedyKind.DEREGISTER && groundCode != null) {
            v.add(new FieldViolation(GROUND, "only a deregistration takes a ground; leave it empty"));
        }
        return v;
    }

    /** A short English description for logs and the revision cause, e.g. "RECOUNT at precinct 2". */
    public String describe() {
        return switch (kind) {
            case RECOUNT -> "RECOUNT at precinct " + precinctNumber;
            case ANNUL_PRECINCT -> "ANNUL_PRECINCT " + precinctNumber;
            case DEREGISTER -> "DEREGISTER " + nominationReference + " (" + groundCode + ")";
            case REINSTATE -> "REINSTATE " + nominationReference;
            case ANNUL_ELECTION -> "ANNUL_ELECTION";
        };
    }
}

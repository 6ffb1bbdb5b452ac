package kz.election.finance;

/**
 * What an election fund is spent on, as its report lists it. The CEC's own report form could not be read;
 * these are the kinds of spending its rules on election funds name (docs/RULES.md, Money).
 */
public enum SpendingCategory {
    MEDIA,
    PRINTED_MATERIALS,
    PUBLIC_EVENTS,
    PREMISES,
    TRANSPORT,
    OTHER
}

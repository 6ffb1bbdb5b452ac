package kz.election.notification.digest;

/** How a commission member hears of new tasks they can work: not at all (the default), each as it opens, once a day. */
public enum TaskDigest {
    OFF, IMMEDIATE, DAILY
}

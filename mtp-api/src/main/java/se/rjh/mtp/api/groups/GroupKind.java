package se.rjh.mtp.api.groups;

/** LSG: the steering group (lokal samverkansgrupp); LAG: a permanent working group under it (lokal arbetsgrupp). */
public enum GroupKind {
    LSG,
    LAG
}

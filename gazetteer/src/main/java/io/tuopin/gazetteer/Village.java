package io.tuopin.gazetteer;

/**
 * A village or community (村/居委会) of the list.
 *
 * @param code 12 digits; the first 9 are its township's code
 * @param name the name without the committee suffix, as articles write it (双龙村委会 -> 双龙村)
 */
public record Village(String code, String name) {
    public static final int CODE_LENGTH = 12;

    public String townshipCode() {
        return code.substring(0, 9);
    }
}

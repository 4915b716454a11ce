package io.tuopin.nlp.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds mojibake and repairs it where the bytes allow, otherwise marks it unreliable.
 * <ul>
 * <li>GBK bytes decoded one byte out of step ({@code ?!叭绻麤]有} for {@code 。“如果沒有}): the
 *     scraper lost a lead byte, shown as {@code ?}; re-encoding the run and decoding it one byte
 *     earlier restores it until both decodings fall into step again. A pair with a lost byte
 *     becomes U+FFFD, marked unreliable.</li>
 * <li>UTF-8 read as Latin-1 ({@code Ã¤Â¸Â­}): re-decoded.</li>
 * <li>U+FFFD, {@code 锟斤拷} and a {@code ?} inside Chinese text that cannot be repaired: marked.</li>
 * </ul>
 */
final class MojibakeRepairer {
    static final char REPLACEMENT = '\ufffd';
    private static final Charset GBK = Charset.forName("GB18030");
    private static final int UNKNOWN = -1;
    private static final int UNKNOWN_ASCII = -2;
    private static final int MAX_RUN = 80;
    private static final int MARK_AFTER = 6;
    private static final Pattern PINYIN_CLOSE = Pattern.compile("^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\\)");

    MappedText repair(MappedText in) {
        // Nearly every character is none of the few that can start mojibake: the loop skips those in
        // a char[] copy (C1 checks the bounds of every String.charAt) and copies them in runs.
        char[] chars = in.text().toCharArray();
        MappedText.Builder out = MappedText.builder(in.length());
        int kept = 0; // characters [kept, i) are kept, not yet appended
        int i = 0;
        while (i < chars.length) {
            if (mayStartMojibake(chars[i])) {
                out.append(in, kept, i);
                kept = i;
                int consumed = repairAt(in, i, out);
                if (consumed > 0) {
                    i += consumed;
                    kept = i;
                    continue;
                }
            }
            i++;
        }
        out.append(in, kept, chars.length);
        return out.build();
    }

    /** The characters {@link #repairAt} acts on ('锟' for 锟斤拷). */
    private static boolean mayStartMojibake(char c) {
        return c == '?' || c >= '\u00c0' && c <= '\u00ff' || c == REPLACEMENT || c == '锟';
    }

    /** Repairs or marks what starts at i and returns how many characters it took (0: none, i stays as it is). */
    static int repairAt(MappedText in, int i, MappedText.Builder out) {
        char c = in.charAt(i);
        int consumed = 0;
        if (c == '?' && isInChineseText(in, i)) {
            consumed = repairShifted(in, i, out);
            if (consumed == 0 && looksGarbled(in, i, out)) {
                consumed = markUnreliable(in, i, out);
            }
        } else if (c >= '\u00c0' && c <= '\u00ff') {
            consumed = repairLatin1(in, i, out);
        } else if (c == REPLACEMENT && !in.unreliable(i) || in.text().startsWith("锟斤拷", i)) {
            consumed = markUnreliable(in, i, out);
        }
        return consumed;
    }

    private static boolean isInChineseText(MappedText in, int i) {
        char prev = i > 0 ? in.charAt(i - 1) : ' ';
        char next = i + 1 < in.length() ? in.charAt(i + 1) : ' ';
        return Chars.isChineseContext(prev) || ",;:!)".indexOf(prev) >= 0 || Chars.isHan(next);
    }

    /**
     * A '?' that could not be repaired is only mojibake when what follows is not plain text: a
     * pinyin remnant ({@code dāng)}), '!', '?', ';', a Latin letter, or a character right after
     * other mojibake. A question mark before a Han character is punctuation.
     */
    private static boolean looksGarbled(MappedText in, int i, MappedText.Builder out) {
        if (out.length() > 0 && out.lastChar() == REPLACEMENT) {
            return true;
        }
        if (i + 1 >= in.length()) {
            return false;
        }
        char next = in.charAt(i + 1);
        String rest = in.text().substring(i + 1, Math.min(in.length(), i + 9));
        return PINYIN_CLOSE.matcher(rest).find() || "!?;".indexOf(next) >= 0 || next < 0x80 && Character.isLetter(next);
    }

    /** Marks the '?' (as U+FFFD) and the few characters after it that belong to the same garbled run. */
    private static int markUnreliable(MappedText in, int i, MappedText.Builder out) {
        out.append(in.charAt(i) == '?' ? REPLACEMENT : in.charAt(i), in.source(i), true);
        int j = i + 1;
        if (in.text().startsWith("锟斤拷", i)) {
            out.append(in, i + 1, i + 3);
            j = i + 3;
        }
        int limit = Math.min(in.length(), j + MARK_AFTER);
        while (j < limit && !Chars.isCjkPunct(in.charAt(j)) && !Chars.isSpace(in.charAt(j))
                && !Character.isDigit(in.charAt(j)) && ",.".indexOf(in.charAt(j)) < 0) {
            out.append(in.charAt(j) == '?' ? REPLACEMENT : in.charAt(j), in.source(j), true);
            j++;
        }
        return j - i;
    }

    /** Bytes of the garbled run, with the garbled character each byte came from. */
    private record GarbledBytes(List<Integer> bytes, List<Integer> owner, List<Integer> boundaries) {
    }

    private static int repairShifted(MappedText in, int start, MappedText.Builder out) {
        GarbledBytes g = encodeRun(in, start);
        List<Integer> bytes = g.bytes();
        List<Repaired> repaired = new ArrayList<>();
        int pos = 0;
        int resyncAt = -1;
        while (pos < bytes.size()) {
            int b = bytes.get(pos);
            if (pos > 0 && g.boundaries().contains(pos)) {
                resyncAt = g.boundaries().indexOf(pos);
                break;
            }
            if (b == UNKNOWN_ASCII) {
                char guessed = guessSwallowed(in, start + g.owner().get(pos) + 1);
                if (guessed != 0) {
                    repaired.add(new Repaired(guessed, g.owner().get(pos), false));
                }
                pos++;
            } else if (b >= 0 && b < 0x80) {
                repaired.add(new Repaired((char) b, g.owner().get(pos), false));
                pos++;
            } else if (pos + 1 < bytes.size()) {
                Character decoded = decodePair(b, bytes.get(pos + 1));
                if (decoded == null && b != UNKNOWN && bytes.get(pos + 1) != UNKNOWN && bytes.get(pos + 1) != UNKNOWN_ASCII) {
                    return 0;
                }
                repaired.add(new Repaired(decoded == null ? REPLACEMENT : decoded, g.owner().get(pos), decoded == null));
                pos += 2;
            } else {
                return 0;
            }
        }
        if (resyncAt < 0 || repaired.stream().filter(r -> r.c() > 0x7f && !r.unreliable()).count() < 2
                || !(CharPlausibility.score(repairedText(repaired)) > CharPlausibility.score(in.text().substring(start, start + resyncAt)))) {
            return 0;
        }
        for (Repaired r : repaired) {
            out.append(r.c(), in.source(start + r.owner()), r.unreliable());
        }
        return resyncAt;
    }

    private record Repaired(char c, int owner, boolean unreliable) {
    }

    private static String repairedText(List<Repaired> repaired) {
        StringBuilder sb = new StringBuilder();
        repaired.forEach(r -> sb.append(r.c()));
        return sb.toString();
    }

    /**
     * The lost lead byte comes first: the '?' that opens the run stands for it (A1, the row of
     * Chinese punctuation, which is what every observed run starts with); an inner '?' stands
     * for a pair whose lead byte is lost and whose ASCII trail was swallowed.
     */
    private static GarbledBytes encodeRun(MappedText in, int start) {
        List<Integer> bytes = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        List<Integer> boundaries = new ArrayList<>();
        bytes.add(0xA1);
        owner.add(0);
        boundaries.add(0);
        int end = Math.min(in.length(), start + MAX_RUN);
        for (int k = start + 1; k < end; k++) {
            char c = in.charAt(k);
            if (c == '\n') {
                break;
            }
            boundaries.add(bytes.size());
            int index = k - start;
            for (int b : bytesOf(c)) {
                bytes.add(b);
                owner.add(index);
            }
        }
        boundaries.add(bytes.size());
        return new GarbledBytes(bytes, owner, boundaries);
    }

    private static int[] bytesOf(char c) {
        if (c == '!') {
            return new int[] {0xA3, 0xA1}; // the scraper turned ！ into !
        }
        if (c == '?') {
            return new int[] {UNKNOWN, UNKNOWN_ASCII};
        }
        if (c < 0x80) {
            return new int[] {c};
        }
        byte[] b = String.valueOf(c).getBytes(GBK);
        if (b.length != 2) {
            return new int[] {UNKNOWN, UNKNOWN};
        }
        return new int[] {b[0] & 0xff, b[1] & 0xff};
    }

    private static Character decodePair(int lead, int trail) {
        if (lead < 0x81 || lead > 0xFE || trail < 0x40 || trail > 0xFE || trail == 0x7F) {
            return null;
        }
        try {
            CharsetDecoder decoder = GBK.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) lead, (byte) trail}));
            char c = chars.charAt(0);
            boolean plausible = chars.length() == 1 && Character.getType(c) != Character.PRIVATE_USE
                    && (Chars.isHan(c) || Chars.isCjkPunct(c) || c == '！' || c == '？' || c == '，');
            return plausible ? c : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** What an invalid pair swallowed: the '(' of a pinyin gloss, the '<' of a tag, or nothing known. */
    private static char guessSwallowed(MappedText in, int next) {
        String rest = in.text().substring(Math.min(next, in.length()), Math.min(in.length(), next + 8));
        if (PINYIN_CLOSE.matcher(rest).find()) {
            return '(';
        }
        if (rest.startsWith("/") && rest.contains(">")) {
            return '<';
        }
        return 0;
    }

    /** UTF-8 bytes shown as Latin-1 (Ã¤Â¸Â­ for 中): decoded again when they form valid UTF-8. */
    private static int repairLatin1(MappedText in, int start, MappedText.Builder out) {
        int end = start;
        while (end < in.length() && in.charAt(end) >= '\u0080' && in.charAt(end) <= '\u00ff') {
            end++;
        }
        if (end - start < 2) {
            return 0;
        }
        byte[] bytes = in.text().substring(start, end).getBytes(StandardCharsets.ISO_8859_1);
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            int byteIndex = 0;
            for (int k = 0; k < decoded.length(); k++) {
                char c = decoded.charAt(k);
                out.append(c, in.source(start + byteIndex), false);
                byteIndex += Character.isSurrogate(c) ? 2 : String.valueOf(c).getBytes(StandardCharsets.UTF_8).length;
            }
            return end - start;
        } catch (CharacterCodingException e) {
            out.append(in, start, end); // as it is, and past the whole run: no rescan from each of its characters
            return end - start;
        }
    }
}

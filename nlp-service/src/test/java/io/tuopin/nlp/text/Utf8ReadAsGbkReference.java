package io.tuopin.nlp.text;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link Utf8ReadAsGbk} had before its speed change, where that change replaced it: the loops
 * that appended every kept character one at a time (outside the candidate runs and inside them), and
 * {@code decodeFrom} as it was, building the text of every stretch it tried (not counting first and
 * decoding only the longest acceptable stretch again). The bytes of a run, the decoding of one
 * character and the judgement of a result are the production class's. The reference for
 * {@link CleaningStagesAgreeWithReferenceTest}.
 */
final class Utf8ReadAsGbkReference {
    private static final char REPLACEMENT = MojibakeRepairer.REPLACEMENT;

    MappedText repair(MappedText in) {
        if (!Utf8ReadAsGbk.hasCandidates(in.text().toCharArray())) {
            return in;
        }
        MappedText.Builder out = MappedText.builder(in.length());
        int i = 0;
        while (i < in.length()) {
            int runEnd = i;
            while (runEnd < in.length() && runEnd - i < Utf8ReadAsGbk.MAX_RUN && Utf8ReadAsGbk.isCandidate(in.charAt(runEnd))) {
                runEnd++;
            }
            if (runEnd - i < 2) {
                out.appendFrom(in, i);
                i = Math.max(i + 1, runEnd);
                continue;
            }
            i = repairRun(in, i, runEnd, out);
        }
        return out.build();
    }

    /** Repairs what it can of the run [start, end) and returns where it stopped (past start). */
    private static int repairRun(MappedText in, int start, int end, MappedText.Builder out) {
        Utf8ReadAsGbk.Bytes bytes = null;
        int k = start;
        while (k < end) {
            if (!Utf8ReadAsGbk.mayStartUtf8(in.charAt(k))) { // decodeFrom would stop at the first byte
                out.appendFrom(in, k);
                k++;
                continue;
            }
            bytes = bytes == null ? Utf8ReadAsGbk.Bytes.of(in.text().toCharArray(), start, end) : bytes;
            Utf8ReadAsGbk.Decoded d = decodeFrom(bytes, k - start);
            int stop = start + d.chars();
            if (stop > k && d.acceptable() && Utf8ReadAsGbk.readsBetter(d.text(), in.text().substring(k, stop))) {
                for (int j = 0; j < d.text().length(); j++) {
                    char c = d.text().charAt(j);
                    out.append(c, in.source(start + d.owners().get(j)), c == REPLACEMENT);
                }
                k = stop;
            } else {
                out.appendFrom(in, k);
                k++;
            }
        }
        return end;
    }

    private static Utf8ReadAsGbk.Decoded decodeFrom(Utf8ReadAsGbk.Bytes bytes, int first) {
        int b = bytes.charStart()[first];
        StringBuilder text = new StringBuilder();
        List<Integer> owners = new ArrayList<>();
        int valid = 0;
        int lost = 0;
        Utf8ReadAsGbk.Decoded best = new Utf8ReadAsGbk.Decoded("", List.of(), first, 0, 0);
        while (b < bytes.values().length) {
            int owner = bytes.owner()[b];
            int[] step = Utf8ReadAsGbk.decodeOne(bytes.values(), b);
            if (step == null) {
                break;
            }
            text.append((char) step[0]);
            owners.add(owner);
            valid += step[0] == REPLACEMENT ? 0 : 1;
            lost += step[0] == REPLACEMENT ? 1 : 0;
            b = step[1];
            int boundary = java.util.Arrays.binarySearch(bytes.charStart(), b);
            Utf8ReadAsGbk.Decoded sofar = new Utf8ReadAsGbk.Decoded(text.toString(), owners, boundary, valid, lost);
            if (boundary >= 0 && sofar.acceptable()) {
                best = new Utf8ReadAsGbk.Decoded(sofar.text(), List.copyOf(owners), boundary, valid, lost);
            }
        }
        return best;
    }
}

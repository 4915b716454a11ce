package io.tuopin.nlp.text;

/**
 * The loop {@link MojibakeRepairer#repair} had before it skipped the characters that cannot start
 * mojibake and copied the rest in runs: it asks {@link MojibakeRepairer#repairAt} at every position
 * and appends each character it leaves one at a time. Only that loop is kept; the repairs themselves
 * are the production class's (the speed change left them as they were). The reference for
 * {@link CleaningStagesAgreeWithReferenceTest}.
 */
final class MojibakeRepairerReference {

    MappedText repair(MappedText in) {
        MappedText.Builder out = MappedText.builder(in.length());
        int i = 0;
        while (i < in.length()) {
            int consumed = MojibakeRepairer.repairAt(in, i, out);
            if (consumed == 0) {
                out.appendFrom(in, i);
                consumed = 1;
            }
            i += consumed;
        }
        return out.build();
    }
}

package io.tuopin.nlp.document;

/**
 * A word that points at a region by its level (全县, 该村, 村里, 我市, 全地区) or at the whole country
 * (全国, 我国), resolved by {@link TopicTracker} against the region in focus where it stands.
 *
 * @param unit the level word: 县, 市, 区, 州, 省, 镇, 乡, 旗, 盟, 村, 地区, or 国
 */
public record Anaphor(int start, int end, String text, String unit) {
    public boolean national() {
        return "国".equals(unit);
    }
}

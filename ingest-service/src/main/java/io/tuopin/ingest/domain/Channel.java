package io.tuopin.ingest.domain;

/** How an article came in; the name travels in {@code RawArticle.channel}. */
public enum Channel {
    HTTP("http"), INBOX("inbox"), FEED("feed");

    private final String wireName;

    Channel(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}

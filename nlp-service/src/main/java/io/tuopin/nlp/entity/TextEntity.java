package io.tuopin.nlp.entity;

/** An entity found in the cleaned text, before source offsets are attached. */
record TextEntity(String type, int start, int end, String text, String value) {

    boolean overlaps(TextEntity other) {
        return other.start < end && start < other.end;
    }
}

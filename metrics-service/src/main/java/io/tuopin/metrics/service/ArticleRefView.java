package io.tuopin.metrics.service;

/** The article a figure comes from (title is null until its entities record has arrived). */
public record ArticleRefView(String id, String title, String publishedAt) {
}

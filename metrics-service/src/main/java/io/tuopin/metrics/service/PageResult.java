package io.tuopin.metrics.service;

import java.util.List;

/**
 * One page of a list: {@code page} is 0-based, {@code total} counts every match. {@code next}, where
 * a list offers it, names the following page's start ({@code after=}); null on the last page.
 */
public record PageResult<T>(List<T> items, int page, int size, long total, String next) {

    public static <T> PageResult<T> of(List<T> items, PageRequest page, long total) {
        return new PageResult<>(items, page.page(), page.size(), total, null);
    }
}

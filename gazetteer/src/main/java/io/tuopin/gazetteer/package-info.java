/** China's administrative divisions: codes, names, hierarchy and aliases for renamed divisions. */
package io.tuopin.gazetteer;

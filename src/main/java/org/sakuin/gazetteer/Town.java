package org.sakuin.gazetteer;

/**
 * One local government of the national code table: a prefecture, a municipality (市, 町, 村, Tokyo's 特別区) or a
 * ward of a designated city (札幌市中央区). {@code name} is empty for a prefecture's own row.
 */
public record Town(String code, String prefecture, String name, String reading, Kind kind) {

    /** What kind of local government a row is. */
    public enum Kind { PREFECTURE, MUNICIPALITY, WARD }
}

/// A column's database default: what PostgreSQL writes when an insert omits the column.
///
/// Store-assigned defaults (``now``, ``randomUUID``, ``sequence``) are also applied by
/// every AgencyKit store when a row arrives with the column's unassigned placeholder.
public enum ColumnDefault: Hashable, Sendable {
    /// A constant, e.g. `'ignition'`, `100`, `'{}'::jsonb`, `ARRAY[1,2,3,4,5]`.
    case value(SQLValue)
    /// `now()`: the store's clock at insert.
    case now
    /// `now() + N days`.
    case nowPlusDays(Int)
    /// `gen_random_uuid()`: a new UUID from the store's generator.
    case randomUUID
    /// The next value of the table's sequence, never reused.
    case sequence

    /// Whether the store assigns this default to an unassigned placeholder on insert.
    public var isStoreAssigned: Bool {
        switch self {
        case .now, .randomUUID, .sequence: return true
        case .value, .nowPlusDays: return false
        }
    }
}

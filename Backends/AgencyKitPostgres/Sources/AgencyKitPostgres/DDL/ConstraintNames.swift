import AgencyCore

/// The names the migrations give constraints, shared with the store so a SQLSTATE error's
/// constraint name maps back to the schema description.
enum ConstraintNames {
    /// PostgreSQL's identifier limit in bytes.
    static let maximumLength = 63

    /// `<table>_pkey`, PostgreSQL's own name for an inline primary key.
    static func primaryKey(_ table: String) -> String { fitted("\(table)_pkey") }

    /// `<table>_<column>_check`: the CHECK holding a column's database-enforced rules.
    static func columnCheck(_ table: String, _ column: String) -> String { fitted("\(table)_\(column)_check") }

    /// `<table>_<column>_fkey`.
    static func foreignKey(_ table: String, _ column: String) -> String { fitted("\(table)_\(column)_fkey") }

    /// `<table>_<column>_seq`: the sequence of a serial column.
    static func sequence(_ table: String, _ column: String) -> String { fitted("\(table)_\(column)_seq") }

    /// `name` when it fits 63 bytes, else a prefix and a stable hash (PostgreSQL would
    /// silently truncate, and two long names could collide).
    static func fitted(_ name: String) -> String {
        guard name.utf8.count > maximumLength else { return name }
        let hash = name.utf8.reduce(UInt64(0xCBF2_9CE4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
        let suffix = String(hash & 0xFFFF_FFFF, radix: 16)
        let prefix = String(decoding: Array(name.utf8.prefix(maximumLength - 1 - suffix.count)), as: UTF8.self)
        return prefix + "_" + suffix
    }
}

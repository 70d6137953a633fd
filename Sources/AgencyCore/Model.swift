import Foundation

/// A record of a schema target: a Codable value type whose JSON is exactly a PostgreSQL
/// row of its table, described once by ``schema``.
///
/// Every AgencyKit store, validation and the conformance suite work with any `Model`
/// through its schema alone — adding a model never needs code in a store.
public protocol Model: Codable, Hashable, Sendable {
    /// The raw type of the primary key (`UUID`, `Int64` for serial keys, `String` for natural keys).
    associatedtype PrimaryKey: PrimaryKeyValue = UUID
    /// The table description.
    static var schema: TableSchema<Self> { get }
}

extension Model {
    /// The table description, without Swift accessors.
    public static var tableDescription: TableDescription { schema.table }
}

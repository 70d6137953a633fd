/// One system's schema: its models in dependency order (a table after the tables it
/// references), e.g. Agency OS or Avenir AI.
public struct SchemaTarget: Sendable {
    /// The target's name, also the default PostgreSQL schema (namespace), e.g. `agency_os`.
    public let name: String
    /// The models, parents before children.
    public let models: [any Model.Type]

    /// Creates a target.
    public init(name: String, models: [any Model.Type]) {
        self.name = name
        self.models = models
    }

    /// Every table description, in dependency order.
    public var tables: [TableDescription] { models.map { $0.tableDescription } }

    /// The description of table `name`, if it belongs to the target.
    public func table(named name: String) -> TableDescription? {
        tables.first { $0.name == name }
    }
}

import AgencyCore

/// The Avenir AI schema target: the seven tables of the Avenir AI Solutions system,
/// parents before children, as one `SchemaTarget` that stores, migrations and the
/// conformance suite read.
///
/// The tenant is `clients.client_id` (a unique non-primary column); leads soft-delete
/// with the boolean `deleted` flag.
public enum AvenirSchema {
    /// The target, named `avenir` (also the default PostgreSQL schema).
    public static let target = SchemaTarget(name: "avenir", models: [
        Client.self,
        LeadMemory.self,
        LeadAction.self,
        GrowthBrainEvent.self,
        APIKeyRotationLog.self,
        ProspectCandidate.self,
        ProspectOutreachLog.self,
    ])
}

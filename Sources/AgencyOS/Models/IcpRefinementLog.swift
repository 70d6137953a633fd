import AgencyCore
import Foundation

/// An audit row of one ICP refinement from a WHO pattern (`icp_refinement_log`): the base and
/// refined criteria and each refinement applied. The base criteria are never modified.
public struct IcpRefinementLog: Model, SoftDeletable, Timestamped {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<IcpRefinementLog>
    /// The owning client (tenant).
    public var clientId: ID<Client>
    /// The WHO pattern used.
    public var patternId: ID<ConversionPattern>
    /// The criteria before refinement.
    public var baseCriteria: ICPCriteria
    /// The criteria after refinement.
    public var refinedCriteria: ICPCriteria
    /// Each refinement, in order.
    public var refinementsApplied: [ICPRefinement]
    /// The WHO pattern's confidence.
    public var confidence: Double
    /// When applied; set by the store when unassigned.
    public var appliedAt: Timestamp
    /// Soft-deleted at; `nil` while live.
    public var deletedAt: Timestamp?
    /// Inserted at; set by the store.
    public var createdAt: Timestamp
    /// Last changed at; set by the store.
    public var updatedAt: Timestamp

    /// Creates a refinement log row.
    public init(
        id: ID<IcpRefinementLog> = .unassigned, clientId: ID<Client>, patternId: ID<ConversionPattern>,
        baseCriteria: ICPCriteria, refinedCriteria: ICPCriteria, refinementsApplied: [ICPRefinement],
        confidence: Double, appliedAt: Timestamp = .unassigned, deletedAt: Timestamp? = nil,
        createdAt: Timestamp = .unassigned, updatedAt: Timestamp = .unassigned
    ) {
        self.id = id
        self.clientId = clientId
        self.patternId = patternId
        self.baseCriteria = baseCriteria
        self.refinedCriteria = refinedCriteria
        self.refinementsApplied = refinementsApplied
        self.confidence = confidence
        self.appliedAt = appliedAt
        self.deletedAt = deletedAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case clientId = "client_id"
        case patternId = "pattern_id"
        case baseCriteria = "base_criteria"
        case refinedCriteria = "refined_criteria"
        case refinementsApplied = "refinements_applied"
        case confidence
        case appliedAt = "applied_at"
        case deletedAt = "deleted_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}

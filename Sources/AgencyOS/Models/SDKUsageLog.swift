import AgencyCore
import Foundation

/// One run of an SDK agent (`sdk_usage_log`): the agent and model, tokens, cost in AUD,
/// turns, duration, tool calls and outcome, for cost control and analytics.
public struct SDKUsageLog: Model, SoftDeletable {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<SDKUsageLog>
    /// The owning client (tenant).
    public var clientId: ID<Client>
    /// The lead the run was for.
    public var leadId: ID<Lead>?
    /// The campaign the run was for.
    public var campaignId: ID<Campaign>?
    /// The user who started the run.
    public var userId: ID<User>?
    /// The agent: icp_extraction, enrichment, email, voice_kb, objection, …
    public var agentType: String
    /// The model id, e.g. claude-sonnet-4-20250514.
    public var modelUsed: String
    /// Input tokens.
    public var inputTokens: Int
    /// Output tokens.
    public var outputTokens: Int
    /// Input tokens served from the prompt cache.
    public var cachedTokens: Int
    /// Cost in AUD.
    public var costAud: SQLNumeric
    /// Agent turns.
    public var turnsUsed: Int
    /// Run time in milliseconds.
    public var durationMs: Int
    /// The tool calls made.
    public var toolCalls: [JSONValue]
    /// Whether the run succeeded.
    public var success: Bool
    /// Why the run failed.
    public var errorMessage: String?
    /// When the run happened; set by the store.
    public var createdAt: Timestamp
    /// Soft-deleted at; `nil` while live.
    public var deletedAt: Timestamp?
    /// Lead signals the run used.
    public var signalsUsed: [String]?
    /// The output schema the agent produced.
    public var outputSchema: String?

    /// Creates a usage row; every argument but the client, agent and model has the database default.
    public init(
        id: ID<SDKUsageLog> = .unassigned, clientId: ID<Client>, leadId: ID<Lead>? = nil,
        campaignId: ID<Campaign>? = nil, userId: ID<User>? = nil, agentType: String, modelUsed: String,
        inputTokens: Int = 0, outputTokens: Int = 0, cachedTokens: Int = 0, costAud: SQLNumeric = 0,
        turnsUsed: Int = 1, durationMs: Int = 0, toolCalls: [JSONValue] = [], success: Bool = true,
        errorMessage: String? = nil, createdAt: Timestamp = .unassigned, deletedAt: Timestamp? = nil,
        signalsUsed: [String]? = nil, outputSchema: String? = nil
    ) {
        self.id = id
        self.clientId = clientId
        self.leadId = leadId
        self.campaignId = campaignId
        self.userId = userId
        self.agentType = agentType
        self.modelUsed = modelUsed
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.cachedTokens = cachedTokens
        self.costAud = costAud
        self.turnsUsed = turnsUsed
        self.durationMs = durationMs
        self.toolCalls = toolCalls
        self.success = success
        self.errorMessage = errorMessage
        self.createdAt = createdAt
        self.deletedAt = deletedAt
        self.signalsUsed = signalsUsed
        self.outputSchema = outputSchema
    }

    enum CodingKeys: String, CodingKey {
        case id
        case clientId = "client_id"
        case leadId = "lead_id"
        case campaignId = "campaign_id"
        case userId = "user_id"
        case agentType = "agent_type"
        case modelUsed = "model_used"
        case inputTokens = "input_tokens"
        case outputTokens = "output_tokens"
        case cachedTokens = "cached_tokens"
        case costAud = "cost_aud"
        case turnsUsed = "turns_used"
        case durationMs = "duration_ms"
        case toolCalls = "tool_calls"
        case success
        case errorMessage = "error_message"
        case createdAt = "created_at"
        case deletedAt = "deleted_at"
        case signalsUsed = "signals_used"
        case outputSchema = "output_schema"
    }

    /// Encodes every column under its name, `null` included, as PostgreSQL's `row_to_json` does.
}

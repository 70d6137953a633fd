import Foundation
import AgencyCore

// Test-only models: tiny tables that exercise the schema-agnostic core without any
// schema target.

/// A string enumeration as schema targets declare them.
enum Shade: String, SchemaEnum {
    case red, green, blue
}

/// A table with nullable columns of every sortable kind, soft-deleted by timestamp.
struct Widget: Model, SoftDeletable {
    var id: ID<Widget>
    var rank: Int?
    var score: Int
    var label: String?
    var amount: SQLNumeric?
    var ratio: Double?
    var day: LocalDate?
    var seenAt: Timestamp?
    var owner: UUID?
    var tags: [String]?
    var payload: JSONValue
    var deletedAt: Timestamp?

    /// Not a column: queries on it must fail with `unknownColumn`.
    var doubledScore: Int { score * 2 }

    init(id: ID<Widget> = .unassigned, rank: Int? = nil, score: Int = 0, label: String? = nil,
         amount: SQLNumeric? = nil, ratio: Double? = nil, day: LocalDate? = nil, seenAt: Timestamp? = nil,
         owner: UUID? = nil, tags: [String]? = nil, payload: JSONValue = .emptyObject, deletedAt: Timestamp? = nil) {
        self.id = id
        self.rank = rank
        self.score = score
        self.label = label
        self.amount = amount
        self.ratio = ratio
        self.day = day
        self.seenAt = seenAt
        self.owner = owner
        self.tags = tags
        self.payload = payload
        self.deletedAt = deletedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, rank, score, label, amount, ratio, day, owner, tags, payload
        case seenAt = "seen_at"
        case deletedAt = "deleted_at"
    }

    static let schema = TableSchema<Widget>(
        "widgets",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("rank", \.rank, .integer),
            Column("score", \.score, .integer, default: .value(.int(0))),
            Column("label", \.label, .text),
            Column("amount", \.amount, .numeric(precision: 10, scale: 2)),
            Column("ratio", \.ratio, .doublePrecision),
            Column("day", \.day, .date),
            Column("seen_at", \.seenAt, .timestamptz),
            Column("owner", \.owner, .uuid),
            Column("tags", \.tags, .array(.text)),
            Column("payload", \.payload, .jsonb, default: .value(.json(.emptyObject))),
            Column("deleted_at", \.deletedAt, .timestamptz),
        ],
        tenancy: .global,
        softDelete: .timestamp(column: "deleted_at"))
}

/// A table with a serial key, soft-deleted by a boolean flag (Avenir's style).
struct Flagged: Model {
    typealias PrimaryKey = Int64

    var id: ID<Flagged>
    var name: String
    var deleted: Bool?

    static let schema = TableSchema<Flagged>(
        "flagged",
        columns: [
            Column("id", \.id, .bigint, default: .sequence),
            Column("name", \.name, .text),
            Column("deleted", \.deleted, .boolean, default: .value(.bool(false))),
        ],
        tenancy: .global,
        softDelete: .flag(column: "deleted"))
}

/// A table with a natural text key.
struct Keyed: Model {
    typealias PrimaryKey = String

    var id: ID<Keyed>
    var note: String?

    static let schema = TableSchema<Keyed>(
        "keyed",
        columns: [Column("id", \.id, .text), Column("note", \.note, .text)],
        tenancy: .global)
}

/// A value that can be `NULL` although its type is not `Optional` (what a custom column
/// type could do): the only way a non-nullable column reads `NULL`.
struct Nullish: Codable, Hashable, SQLValueConvertible {
    var text: String?
    var sqlValue: SQLValue { text.map(SQLValue.text) ?? .null }
    init(_ text: String?) { self.text = text }
    init(sqlValue: SQLValue) throws { text = try String?(sqlValue: sqlValue) }
}

/// A typed JSONB payload.
struct Settings: Codable, Hashable, Sendable {
    var theme: String
    var limit: Int?
}

/// A table with one column per validation rule.
struct Account: Model {
    var id: ID<Account>
    var handle: String
    var seats: Int
    var small: Int
    var big: Int
    var price: SQLNumeric?
    var confidence: Double?
    var shade: Shade
    var shades: [Shade]
    var plan: String?
    var nickname: String?
    var email: String?
    var website: String?
    var domain: String?
    var phone: String?
    var timezone: String?
    var aliases: [String]?
    var apiKey: String?
    var pin: Int?
    var secretAmount: SQLNumeric?
    var required: Nullish
    var meta: JSONValue
    var settings: Settings?
    var document: JSONValue
    var startsOn: LocalDate?
    var endsOn: LocalDate?

    init(id: ID<Account> = .unassigned, handle: String = "ada", seats: Int = 1, small: Int = 0, big: Int = 0,
         price: SQLNumeric? = nil, confidence: Double? = nil, shade: Shade = .red, shades: [Shade] = [],
         plan: String? = nil, nickname: String? = nil, email: String? = nil, website: String? = nil,
         domain: String? = nil, phone: String? = nil, timezone: String? = nil, aliases: [String]? = nil,
         apiKey: String? = nil, pin: Int? = nil, secretAmount: SQLNumeric? = nil, required: Nullish = Nullish("x"),
         meta: JSONValue = .emptyObject, settings: Settings? = nil, document: JSONValue = .emptyObject,
         startsOn: LocalDate? = nil, endsOn: LocalDate? = nil) {
        self.id = id
        self.handle = handle
        self.seats = seats
        self.small = small
        self.big = big
        self.price = price
        self.confidence = confidence
        self.shade = shade
        self.shades = shades
        self.plan = plan
        self.nickname = nickname
        self.email = email
        self.website = website
        self.domain = domain
        self.phone = phone
        self.timezone = timezone
        self.aliases = aliases
        self.apiKey = apiKey
        self.pin = pin
        self.secretAmount = secretAmount
        self.required = required
        self.meta = meta
        self.settings = settings
        self.document = document
        self.startsOn = startsOn
        self.endsOn = endsOn
    }

    enum CodingKeys: String, CodingKey {
        case id, handle, seats, small, big, price, confidence, shade, shades, plan, nickname, email, website
        case domain, phone, timezone, aliases, pin, required, meta, settings, document
        case apiKey = "api_key"
        case secretAmount = "secret_amount"
        case startsOn = "starts_on"
        case endsOn = "ends_on"
    }

    static let schema = TableSchema<Account>(
        "accounts",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("handle", \.handle, .varchar(5), rules: [.nonEmpty]),
            Column("seats", \.seats, .integer, rules: [.range(min: .int(1), max: .int(10))]),
            Column("small", \.small, .smallint),
            Column("big", \.big, .bigint),
            Column("price", \.price, .numeric(precision: 5, scale: 2), rules: [.nonNegative]),
            Column("confidence", \.confidence, .doublePrecision, rules: [.unitInterval]),
            Column("shade", \.shade, .text),
            Column("shades", \.shades, .array(.text)),
            Column("plan", \.plan, .text, rules: [.oneOf(["free", "pro"])]),
            Column("nickname", \.nickname, .text, rules: [.maxLength(3)]),
            Column("email", \.email, .text, rules: [.format(.email)]),
            Column("website", \.website, .text, rules: [.format(.url)]),
            Column("domain", \.domain, .text, rules: [.format(.domain)]),
            Column("phone", \.phone, .text, rules: [.format(.e164Phone)]),
            Column("timezone", \.timezone, .text, rules: [.format(.timeZone)]),
            Column("aliases", \.aliases, .array(.varchar(4)), rules: [.eachOneOf(["a", "bb", "ccccc"])]),
            Column("api_key", \.apiKey, .varchar(8), rules: [.oneOf(["key-ok"]), .format(.e164Phone)], secret: true),
            Column("pin", \.pin, .smallint, rules: [.range(min: .int(0), max: .int(9999))], secret: true),
            Column("secret_amount", \.secretAmount, .numeric(precision: 3, scale: 1), secret: true),
            Column("required", \.required, .text),
            Column("meta", \.meta, .jsonb),
            Column(json: "settings", \.settings),
            Column(json: "document", \.document),
            Column("starts_on", \.startsOn, .date),
            Column("ends_on", \.endsOn, .date),
        ],
        tenancy: .global,
        checks: [
            TableCheck("valid_period", .compare(.column("ends_on"), .greaterOrEqual, .column("starts_on")),
                       message: "ends_on must not be before starts_on"),
            TableCheck("seat_budget", .compare(.sum([.column("seats"), .column("small")]), .lessOrEqual, .value(.int(100))),
                       message: "seats plus small must stay within 100"),
        ])
}

/// A table whose check names a column it does not have.
struct BrokenCheck: Model {
    var id: ID<BrokenCheck>

    static let schema = TableSchema<BrokenCheck>(
        "broken_checks",
        columns: [Column("id", \.id, .uuid)],
        tenancy: .global,
        checks: [TableCheck("ghost_positive", .compare(.column("ghost"), .greater, .value(.int(0))),
                            message: "ghost must be positive")])
}

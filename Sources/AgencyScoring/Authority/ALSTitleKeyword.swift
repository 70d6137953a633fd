/// A word or phrase of AgencyKit's title → authority table.
///
/// Titles are matched by whole words and phrases (never substrings); the keyword with the
/// most points wins, and among equals the first one in the title.
public enum ALSTitleKeyword: String, CaseIterable, Codable, Hashable, Sendable {
    /// "owner" (25) — also "Product Owner", where owner is a whole word.
    case owner
    /// "ceo" (25).
    case ceo
    /// "founder" (25).
    case founder
    /// "co-founder" / "co founder" (25).
    case coFounder = "co-founder"
    /// "cofounder" (25).
    case cofounder
    /// "chief executive" (25), as in "Chief Executive Officer".
    case chiefExecutive = "chief executive"
    /// Any other "chief …" title (22).
    case chief
    /// "c-suite" / "c suite" / "csuite" (22).
    case cSuite = "c-suite"
    /// Chief financial officer (22).
    case cfo
    /// Chief marketing officer (22).
    case cmo
    /// Chief operating officer (22).
    case coo
    /// Chief technology officer (22).
    case cto
    /// Chief information officer (22).
    case cio
    /// Chief revenue officer (22).
    case cro
    /// Chief sales / security officer (22).
    case cso
    /// Chief product officer (22).
    case cpo
    /// Chief data / digital officer (22).
    case cdo
    /// Chief commercial / customer officer (22).
    case cco
    /// Chief administrative officer (22).
    case cao
    /// Chief human-resources officer (22).
    case chro
    /// Chief information-security officer (22).
    case ciso
    /// "cxo" (22).
    case cxo
    /// "president" not preceded by "vice" (22).
    case president
    /// "vice president" / "vice-president" (18).
    case vicePresident = "vice president"
    /// "vp" (18).
    case vp
    /// "svp" (18).
    case svp
    /// "evp" (18).
    case evp
    /// "director" (15), including "Managing Director".
    case director
    /// "head" (15), as in "Head of Sales".
    case head
    /// "senior manager" (10).
    case seniorManager = "senior manager"
    /// "sr manager" / "sr. manager" (10).
    case srManager = "sr manager"
    /// "manager" (7).
    case manager
    /// "lead" (7) — the word, so "Leadership Coach" is not a lead.
    case lead
    /// "leader" (7), as in "Team Leader".
    case leader

    /// Authority points of the keyword.
    public var points: Int {
        switch self {
        case .owner, .ceo, .founder, .coFounder, .cofounder, .chiefExecutive: return 25
        case .chief, .cSuite, .cfo, .cmo, .coo, .cto, .cio, .cro, .cso, .cpo, .cdo, .cco, .cao, .chro, .ciso, .cxo,
             .president:
            return 22
        case .vicePresident, .vp, .svp, .evp: return 18
        case .director, .head: return 15
        case .seniorManager, .srManager: return 10
        case .manager, .lead, .leader: return 7
        }
    }

    /// Points of a non-empty title that matches no keyword.
    public static let otherTitlePoints = 5
}

/// A word that marks a title as an assistant-type role: such a title scores as "other" (5)
/// whatever senior title it mentions, and takes the −5 bad-title risk deduction.
public enum ALSAssistantRoleWord: String, CaseIterable, Codable, Hashable, Sendable {
    /// "assistant", as in "Executive Assistant to the CEO".
    case assistant
    /// "intern" (a whole word: "International" is not an intern).
    case intern
    /// "internship".
    case internship
    /// "student".
    case student
    /// "coordinator".
    case coordinator
    /// "receptionist".
    case receptionist
}

/// A level of the pool path's `seniority` field, tried before the title.
///
/// The table and its points are the reference's (manager is 10 here, 7 as a title word);
/// levels are matched as whole words and the strongest level named wins.
public enum ALSSeniorityLevel: String, CaseIterable, Codable, Hashable, Sendable {
    /// "owner" (25).
    case owner
    /// "founder" (25).
    case founder
    /// "c_suite" (22).
    case cSuite = "c_suite"
    /// "vp" (18).
    case vp
    /// "director" (15).
    case director
    /// "manager" (10).
    case manager
    /// "senior" (7).
    case senior
    /// "entry" (3).
    case entry

    /// Authority points of the level.
    public var points: Int {
        switch self {
        case .owner, .founder: return 25
        case .cSuite: return 22
        case .vp: return 18
        case .director: return 15
        case .manager: return 10
        case .senior: return 7
        case .entry: return 3
        }
    }
}

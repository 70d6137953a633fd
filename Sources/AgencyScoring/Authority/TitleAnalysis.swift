/// What a title says about authority and risk, found in one allocation-free pass.
struct TitleAnalysis: Hashable, Sendable {
    /// The strongest keyword found (first among equals), if any.
    var keyword: ALSTitleKeyword?
    /// The first assistant-role word found, if any.
    var assistantWord: ALSAssistantRoleWord?
    /// Whether the title has any word at all.
    var hasWords: Bool

    static let empty = TitleAnalysis(keyword: nil, assistantWord: nil, hasWords: false)

    /// Authority points: 0 without words, 5 for assistant roles and unmatched titles.
    var points: Int {
        guard hasWords else { return 0 }
        if assistantWord != nil { return ALSTitleKeyword.otherTitlePoints }
        return keyword?.points ?? ALSTitleKeyword.otherTitlePoints
    }
}

/// The vocabulary of title and seniority matching: each known word and what it can mean.
enum TitleToken: Sendable {
    case keyword(ALSTitleKeyword)
    case founder, co, chief, executive, c, suite, vice, president, senior, sr, manager, entry
    case assistant(ALSAssistantRoleWord)
}

/// Title → authority and seniority → authority matching.
enum TitleMatcher {
    static let vocabulary: WordTable<TitleToken> = {
        var entries: [(word: String, value: TitleToken)] = [
            ("founder", .founder), ("co", .co), ("chief", .chief), ("executive", .executive), ("c", .c),
            ("suite", .suite), ("vice", .vice), ("president", .president), ("senior", .senior), ("sr", .sr),
            ("manager", .manager), ("entry", .entry), ("csuite", .keyword(.cSuite)),
        ]
        let standalone: [ALSTitleKeyword] = [
            .owner, .ceo, .cofounder, .cfo, .cmo, .coo, .cto, .cio, .cro, .cso, .cpo, .cdo, .cco, .cao, .chro, .ciso,
            .cxo, .vp, .svp, .evp, .director, .head, .lead, .leader,
        ]
        entries += standalone.map { ($0.rawValue, .keyword($0)) }
        entries += ALSAssistantRoleWord.allCases.map { ($0.rawValue, .assistant($0)) }
        return WordTable(entries)
    }()

    /// Analyses a title: strongest keyword, assistant-role word, emptiness.
    static func analyse(_ title: String?) -> TitleAnalysis {
        guard let title else { return .empty }
        var result = TitleAnalysis.empty
        var previous: TitleToken?
        TextScan.forEachWord(in: title) { word in
            result.hasWords = true
            let token = vocabulary[word]
            var found: ALSTitleKeyword?
            switch token {
            case .keyword(let keyword)?: found = keyword
            case .founder?:
                if case .co? = previous { found = .coFounder } else { found = .founder }
            case .chief?: found = .chief
            case .executive?:
                if case .chief? = previous { found = .chiefExecutive }
            case .suite?:
                if case .c? = previous { found = .cSuite }
            case .president?:
                if case .vice? = previous { found = .vicePresident } else { found = .president }
            case .manager?:
                switch previous {
                case .senior?: found = .seniorManager
                case .sr?: found = .srManager
                default: found = .manager
                }
            case .assistant(let role)?:
                if result.assistantWord == nil { result.assistantWord = role }
            case .co?, .c?, .vice?, .senior?, .sr?, .entry?, nil:
                break
            }
            if let found, found.points > (result.keyword?.points ?? 0) { result.keyword = found }
            previous = token
            return true
        }
        return result
    }

    /// The strongest seniority level named by a pool lead's `seniority`, if any.
    static func seniorityLevel(_ seniority: String?) -> ALSSeniorityLevel? {
        guard let seniority else { return nil }
        var best: ALSSeniorityLevel?
        var previous: TitleToken?
        TextScan.forEachWord(in: seniority) { word in
            let token = vocabulary[word]
            var level: ALSSeniorityLevel?
            switch token {
            case .keyword(.owner)?: level = .owner
            case .founder?, .keyword(.cofounder)?: level = .founder
            case .keyword(.cSuite)?: level = .cSuite
            case .suite?:
                if case .c? = previous { level = .cSuite }
            case .keyword(.vp)?, .keyword(.svp)?, .keyword(.evp)?: level = .vp
            case .keyword(.director)?: level = .director
            case .manager?: level = .manager
            case .senior?, .sr?: level = .senior
            case .entry?: level = .entry
            default: break
            }
            if let level, level.points > (best?.points ?? 0) { best = level }
            previous = token
            return true
        }
        return best
    }
}

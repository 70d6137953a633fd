import Testing
import AgencyKitDemo

@Suite("The demo executables' command line")
struct DemoArgumentsTests {
    @Test("every offered option is read; defaults otherwise")
    func readsOptions() throws {
        let all: Set<DemoArguments.Option> = Set(DemoArguments.Option.allCases)
        let parsed = try DemoArguments(parsing: ["--seed", "7", "--csv", "a.csv", "--persist", "s.json", "--store", "postgres://u@h/d"],
                                       options: all)
        #expect(parsed.seed == 7 && parsed.csvPath == "a.csv" && parsed.persistPath == "s.json")
        #expect(parsed.storeURL == "postgres://u@h/d" && !parsed.wantsHelp)
        let defaults = try DemoArguments(parsing: [], options: all)
        #expect(defaults.seed == 42 && defaults.csvPath == nil && defaults.persistPath == nil && defaults.storeURL == nil)
        #expect(try DemoArguments(parsing: ["-h"], options: []).wantsHelp)
    }

    @Test("an option the executable does not offer, a missing value or a bad seed is a typed error", arguments: [
        (["--persist", "x"], DemoArgumentError.unknownOption("--persist")),
        (["--verbose"], .unknownOption("--verbose")),
        (["--seed"], .missingValue("--seed")),
        (["--seed", "-1"], .invalidSeed("-1")),
        (["--seed", "lots"], .invalidSeed("lots")),
    ])
    func refuses(_ arguments: [String], _ expected: DemoArgumentError) {
        #expect(throws: expected) { try DemoArguments(parsing: arguments, options: [.seed, .csv, .store]) }
    }
}

import Foundation

/// Every subcommand. To add one, add a file under `Commands/` with a type conforming to
/// `BenchCommand` and list it here.
enum BenchCommands {
    static var all: [any BenchCommand.Type] { [
        DecodeCommand.self,
        StoreCommand.self,
        ScoringCommand.self,
        GenerateLeadsCommand.self,
        LearningCommand.self,
        GenerateLearningCommand.self,
    ] }

    static func help() {
        print("usage: agencykit-bench <subcommand> [options]   (build with -c release)\n")
        for command in all {
            print("  \(command.name): \(command.summary)")
            for option in command.options { print("      \(option)") }
        }
    }
}

let arguments = CommandLine.arguments.dropFirst()
guard let name = arguments.first, name != "help", name != "--help", name != "-h" else {
    BenchCommands.help()
    exit(arguments.isEmpty ? 1 : 0)
}
guard let command = BenchCommands.all.first(where: { $0.name == name }) else {
    print("unknown subcommand \"\(name)\"\n")
    BenchCommands.help()
    exit(1)
}
do {
    #if DEBUG
    print("warning: debug build; measure with `swift run -c release …`")
    #endif
    try await command.run(Options(arguments.dropFirst()))
    print(Format.memory())
} catch {
    print("error: \(error)")
    exit(1)
}

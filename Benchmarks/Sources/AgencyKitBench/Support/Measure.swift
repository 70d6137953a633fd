#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Timing and memory probes.
enum Measure {
    /// Seconds on a monotonic clock.
    static func now() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }

    /// CPU seconds consumed by the calling thread: what "throughput on one core" measures,
    /// unaffected by time the scheduler gives to other processes on a shared machine.
    static func threadCPU() -> Double {
        var spec = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec) == 0 else { return now() }
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// CPU seconds consumed by the whole process: for async work that hops between the
    /// caller and an actor's thread (one of them busy at a time), the work's own time,
    /// unaffected by time the scheduler gives to other processes.
    static func processCPU() -> Double {
        var spec = timespec()
        guard clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec) == 0 else { return now() }
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// Wall and thread-CPU seconds of `body`.
    static func time<T>(_ body: () throws -> T) rethrows -> (value: T, wall: Double, cpu: Double) {
        let wall = now()
        let cpu = threadCPU()
        let value = try body()
        return (value, now() - wall, threadCPU() - cpu)
    }

    /// Wall and process-CPU seconds of an async `body`.
    static func time<T>(_ body: () async throws -> T) async rethrows -> (value: T, wall: Double, cpu: Double) {
        let wall = now()
        let cpu = processCPU()
        let value = try await body()
        return (value, now() - wall, processCPU() - cpu)
    }

    /// Resident and peak resident memory of the process in MiB (Linux `/proc`; `nil` elsewhere).
    static func memory() -> (resident: Double, peak: Double)? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        func field(_ name: String) -> Double? {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return nil }
            let kibibytes = line.split(separator: " ").compactMap { Double($0) }.first
            return kibibytes.map { $0 / 1024 }
        }
        guard let resident = field("VmRSS"), let peak = field("VmHWM") else { return nil }
        return (resident, peak)
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

/// Number formatting for the reports.
enum Format {
    static func fixed(_ value: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }

    /// `1.23 M`, `456.7 k` or `12.0`.
    static func count(_ value: Double) -> String {
        if value >= 1e6 { return fixed(value / 1e6, 2) + " M" }
        if value >= 1e3 { return fixed(value / 1e3, 1) + " k" }
        return fixed(value, 1)
    }

    /// `1.234 s`, `12.3 ms` or `45.6 µs`.
    static func seconds(_ value: Double) -> String {
        if value >= 1 { return fixed(value, 3) + " s" }
        if value >= 1e-3 { return fixed(value * 1e3, 2) + " ms" }
        return fixed(value * 1e6, 2) + " µs"
    }

    static func memory() -> String {
        guard let memory = Measure.memory() else { return "memory: n/a on this platform" }
        return "memory: resident \(fixed(memory.resident, 0)) MiB, peak \(fixed(memory.peak, 0)) MiB"
    }
}

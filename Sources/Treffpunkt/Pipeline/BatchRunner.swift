import Foundation

/// Runs a function over many inputs on every core and hands the results back in input order.
///
/// Each thread gets its own `Pipeline.Worker`; inputs are taken one by one, so long and short
/// documents balance out.
public struct BatchRunner: Sendable {
    public let pipeline: Pipeline
    public let threads: Int

    public init(pipeline: Pipeline, threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.pipeline = pipeline
        self.threads = max(1, threads)
    }

    /// Applies `work` to every input; the result array is in input order.
    public func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], _ work: @escaping @Sendable (Pipeline.Worker, Input) -> Output
    ) throws -> [Output] {
        let results = ResultSlots<Output>(count: inputs.count)
        let n = min(threads, max(1, inputs.count))
        var workers: [Pipeline.Worker] = []
        for _ in 0..<n { workers.append(try pipeline.makeWorker()) }
        let box = WorkerBox(workers)
        DispatchQueue.concurrentPerform(iterations: n) { w in
            let worker = box.workers[w]
            while let i = results.claim() {
                results.store(work(worker, inputs[i]), at: i)
            }
        }
        return results.values.map { $0! }
    }
}

/// Hands each thread its worker; a worker is only ever used by the thread it was given to.
private final class WorkerBox: @unchecked Sendable {
    let workers: [Pipeline.Worker]
    init(_ workers: [Pipeline.Worker]) { self.workers = workers }
}

/// The shared queue position and result slots of one batch.
private final class ResultSlots<Output>: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private let count: Int
    private var slots: [Output?]

    init(count: Int) {
        self.count = count
        slots = Array(repeating: nil, count: count)
    }

    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ value: Output, at i: Int) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    var values: [Output?] { slots }
}

import Dispatch

/// Maps an array on every core, keeping the order of the input: the results are the same,
/// in the same order, as `items.map(transform)`, so a build stays reproducible.
enum ParallelMap {
    static func map<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
        guard items.count > 1 else { return items.map(transform) }
        let slots = Slots<U>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.store(transform(items[index]), at: index)
        }
        return slots.values()
    }

    /// One slot per item. Each index is written by exactly one iteration, and read only
    /// after `concurrentPerform` has returned, so no lock is needed.
    private final class Slots<U>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<U?>

        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }

        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }

        func store(_ value: U, at index: Int) { buffer[index] = value }

        /// The values, moved out (not copied): each slot is left empty.
        func values() -> [U] { buffer.indices.map { buffer[$0].take()! } }
    }
}

namespace KconfigSharp.Tests;

/// <summary>
/// Runs a robustness test's work on a thread with a small stack (256 KB, a sixth of a compiler
/// thread's), so that a recursion whose depth grows with the input, which a default 1.5–8 MB stack
/// would hide for the test's input size, overflows and fails the test run instead of a user's build.
/// </summary>
public static class SmallStack
{
    /// <summary>The stack of the robustness tests' thread: 256 KB.</summary>
    public const int Size = 256 * 1024;

    /// <summary>
    /// A stack for Roslyn's own preparation of deep inputs (binding, operation trees, graphs): its
    /// recursion is the compiler's, sized for the compiler's threads, and not what these tests test.
    /// </summary>
    public const int RoslynSize = 256 * 1024 * 1024;

    /// <summary>Runs <paramref name="work"/> to completion on a fresh thread with a stack of <paramref name="size"/> bytes (default <see cref="Size"/>) and returns its result; its exception is rethrown.</summary>
    public static T Run<T>(Func<T> work, int size = Size)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            size);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new InvalidOperationException("The work failed on the small-stack thread", failure);
        }

        return result;
    }
}

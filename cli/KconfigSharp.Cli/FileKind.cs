using System.Runtime.InteropServices;

namespace KconfigSharp.Cli;

/// <summary>
/// Whether a path is a regular file, asked without opening it: opening a FIFO blocks until a writer
/// comes and a device such as <c>/dev/zero</c> never ends, and .NET's <see cref="FileInfo"/> reports
/// both as an ordinary empty file. On Unix this is <c>stat</c> through the runtime's own native
/// shim (present in every .NET runtime and linked into native AOT builds).
/// </summary>
internal static class FileKind
{
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    /// <summary>True for a regular file (or a symbolic link to one); true as well where the file type cannot be asked.</summary>
    public static bool IsRegularFile(string fullPath)
    {
        if (OperatingSystem.IsWindows())
        {
            return !Directory.Exists(fullPath);
        }

        try
        {
            var path = System.Text.Encoding.UTF8.GetBytes(fullPath + "\0");
            // FileStatus of System.Native: int32 Flags, int32 Mode, then fields this does not read.
            var status = new byte[256];
            if (Stat(ref path[0], ref status[0]) != 0)
            {
                return true;
            }

            var mode = BitConverter.ToInt32(status, 4);
            return (mode & TypeMask) == RegularFile;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return !Directory.Exists(fullPath);
        }
    }

    // Blittable by-ref arguments: no marshalling, so DllImport is AOT-safe without unsafe code.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat(ref byte path, ref byte status);
}

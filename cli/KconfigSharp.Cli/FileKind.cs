using System.Runtime.InteropServices;

namespace KconfigSharp.Cli;

/// <summary>
/// What a path names, asked without opening it: opening a FIFO blocks until a writer comes and a device
/// such as <c>/dev/zero</c> never ends, and .NET's <see cref="FileInfo"/> reports both as an ordinary empty
/// file. On Unix this is one <c>stat</c> through the runtime's own native shim (present in every .NET
/// runtime and linked into native AOT builds), which also gives the size a file is read with.
/// </summary>
internal static class FileKind
{
    private const int TypeMask = 0xF000;
    private const int RegularFileType = 0x8000;
    private const int DirectoryType = 0x4000;

    // FileStatus of System.Native: int32 Flags, int32 Mode, uint32 Uid, uint32 Gid, int64 Size, then fields this does not read.
    private const int ModeOffset = 4;
    private const int SizeOffset = 16;

    public enum Kind
    {
        /// <summary>Nothing there, or nothing this process may ask about (what <see cref="File.Exists"/> says then).</summary>
        Missing,
        RegularFile,
        Directory,
        /// <summary>A device, FIFO or socket.</summary>
        Other,
    }

    /// <summary>What <paramref name="fullPath"/> is (symbolic links followed); <paramref name="size"/> is a regular file's size, else -1.</summary>
    public static Kind Probe(string fullPath, out long size)
    {
        size = -1;
        if (OperatingSystem.IsWindows())
        {
            return ProbeWithoutStat(fullPath);
        }

        try
        {
            var path = System.Text.Encoding.UTF8.GetBytes(fullPath + "\0");
            var status = new byte[256];
            if (Stat(ref path[0], ref status[0]) != 0)
            {
                return Kind.Missing;
            }

            switch (BitConverter.ToInt32(status, ModeOffset) & TypeMask)
            {
                case RegularFileType:
                    size = BitConverter.ToInt64(status, SizeOffset);
                    return Kind.RegularFile;
                case DirectoryType:
                    return Kind.Directory;
                default:
                    return Kind.Other;
            }
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return ProbeWithoutStat(fullPath);
        }
    }

    // Where stat cannot be asked: kind from .NET's checks, without the size.
    private static Kind ProbeWithoutStat(string fullPath) =>
        Directory.Exists(fullPath) ? Kind.Directory : File.Exists(fullPath) ? Kind.RegularFile : Kind.Missing;

    // Blittable by-ref arguments: no marshalling, so DllImport is AOT-safe without unsafe code.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat(ref byte path, ref byte status);
}

using System.Net;
using System.Net.Sockets;

namespace ReIntegratie.Benchmarks.Hosting;

/// <summary>A TCP port on 127.0.0.1 that nobody listens on right now.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)listener.LocalEndPoint!).Port;
    }

    public static async Task WaitUntilListeningAsync(int port, Func<bool> hasExited, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (hasExited())
            {
                throw new InvalidOperationException($"{what} exited before it listened on port {port}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException($"{what} did not listen on port {port} within {timeout.TotalSeconds:0} s.");
    }
}

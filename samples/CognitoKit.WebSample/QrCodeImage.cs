using QRCoder;

namespace CognitoKit.WebSample;

/// <summary>Draws a QR code as a PNG data URI, made on the server: the secret never goes to a third-party QR service.</summary>
internal static class QrCodeImage
{
    public static string DataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}

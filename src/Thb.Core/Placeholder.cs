namespace Thb; public static class Placeholder { }

export declare const SECURITY_HEADERS: Readonly<Record<string, string>>;
export declare const NO_CONTENT_CSP: string;
export declare function withSecurityHeaders(response: Response): Response;

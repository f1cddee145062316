/**
 * Generated from /api/openapi.json by `npm run api:types` (scripts/api-types.ts). Do not edit:
 * change the route schemas (Zod) and generate again; CI runs `npm run api:check`.
 */

export interface paths {
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus-Metriken (API-Token mit Berechtigung metrics:read oder Adresse aus METRICS_ALLOW_FROM) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Letzte Importe (eigene; Administration: alle) mit Stand und abgewiesenen Zeilen */
        get: {
            parameters: {
                query?: {
                    kind?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                fileName: string;
                                /** @enum {string} */
                                status: "receiving" | "processing" | "completed" | "rejected" | "cancelled" | "failed";
                                /** @description Was gerade geschieht (Hochladen, Prüfen, Speichern), solange der Import läuft */
                                phase: string | null;
                                bytesTotal: number | null;
                                bytesReceived: number;
                                /** @description Anteil der Datei, der verarbeitet ist (0 bis 1) */
                                share: number | null;
                                rowsRead: number;
                                rowsAccepted: number;
                                rowsRefused: number;
                                /** @description Jede abgewiesene Zeile mit Grund */
                                refused: {
                                    row: string;
                                    reason: string;
                                }[];
                                result: {
                                    [key: string]: unknown;
                                } | null;
                                message: string | null;
                                createdBy: string;
                                /** Format: date-time */
                                createdAt: string;
                                finishedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stand eines Imports (während er läuft: Anteil, Zeilen, Phase; danach der Bericht) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            fileName: string;
                            /** @enum {string} */
                            status: "receiving" | "processing" | "completed" | "rejected" | "cancelled" | "failed";
                            /** @description Was gerade geschieht (Hochladen, Prüfen, Speichern), solange der Import läuft */
                            phase: string | null;
                            bytesTotal: number | null;
                            bytesReceived: number;
                            /** @description Anteil der Datei, der verarbeitet ist (0 bis 1) */
                            share: number | null;
                            rowsRead: number;
                            rowsAccepted: number;
                            rowsRefused: number;
                            /** @description Jede abgewiesene Zeile mit Grund */
                            refused: {
                                row: string;
                                reason: string;
                            }[];
                            result: {
                                [key: string]: unknown;
                            } | null;
                            message: string | null;
                            createdBy: string;
                            /** Format: date-time */
                            createdAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Import abbrechen: nichts wird übernommen (die Transaktion wird zurückgerollt) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            fileName: string;
                            /** @enum {string} */
                            status: "receiving" | "processing" | "completed" | "rejected" | "cancelled" | "failed";
                            /** @description Was gerade geschieht (Hochladen, Prüfen, Speichern), solange der Import läuft */
                            phase: string | null;
                            bytesTotal: number | null;
                            bytesReceived: number;
                            /** @description Anteil der Datei, der verarbeitet ist (0 bis 1) */
                            share: number | null;
                            rowsRead: number;
                            rowsAccepted: number;
                            rowsRefused: number;
                            /** @description Jede abgewiesene Zeile mit Grund */
                            refused: {
                                row: string;
                                reason: string;
                            }[];
                            result: {
                                [key: string]: unknown;
                            } | null;
                            message: string | null;
                            createdBy: string;
                            /** Format: date-time */
                            createdAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import abbrechen: nichts wird übernommen (die Transaktion wird zurückgerollt) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            fileName: string;
                            /** @enum {string} */
                            status: "receiving" | "processing" | "completed" | "rejected" | "cancelled" | "failed";
                            /** @description Was gerade geschieht (Hochladen, Prüfen, Speichern), solange der Import läuft */
                            phase: string | null;
                            bytesTotal: number | null;
                            bytesReceived: number;
                            /** @description Anteil der Datei, der verarbeitet ist (0 bis 1) */
                            share: number | null;
                            rowsRead: number;
                            rowsAccepted: number;
                            rowsRefused: number;
                            /** @description Jede abgewiesene Zeile mit Grund */
                            refused: {
                                row: string;
                                reason: string;
                            }[];
                            result: {
                                [key: string]: unknown;
                            } | null;
                            message: string | null;
                            createdBy: string;
                            /** Format: date-time */
                            createdAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Zustand des Dienstes (wie /api/health/ready) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok" | "degraded";
                            database: {
                                /** @enum {string} */
                                kind: "pglite" | "postgres";
                                reachable: boolean;
                                serverVersion: string | null;
                            };
                            migrations: {
                                applied: number;
                                known: number;
                                pending: number;
                                latest: string | null;
                            };
                            uptimeSeconds: number;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok" | "degraded";
                            database: {
                                /** @enum {string} */
                                kind: "pglite" | "postgres";
                                reachable: boolean;
                                serverVersion: string | null;
                            };
                            migrations: {
                                applied: number;
                                known: number;
                                pending: number;
                                latest: string | null;
                            };
                            uptimeSeconds: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bereitschaft: Datenbank erreichbar und alle Migrationen angewandt (200), sonst 503 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok" | "degraded";
                            database: {
                                /** @enum {string} */
                                kind: "pglite" | "postgres";
                                reachable: boolean;
                                serverVersion: string | null;
                            };
                            migrations: {
                                applied: number;
                                known: number;
                                pending: number;
                                latest: string | null;
                            };
                            uptimeSeconds: number;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok" | "degraded";
                            database: {
                                /** @enum {string} */
                                kind: "pglite" | "postgres";
                                reachable: boolean;
                                serverVersion: string | null;
                            };
                            migrations: {
                                applied: number;
                                known: number;
                                pending: number;
                                latest: string | null;
                            };
                            uptimeSeconds: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lebenszeichen des Prozesses (ohne Datenbank) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            uptimeSeconds: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Anmelden */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                                email: string | null;
                                roles: ("agent" | "supervisor" | "editor" | "backoffice" | "dispatcher" | "billing" | "admin" | "auditor" | "itdesk" | "privacy_officer")[];
                                tenantId: string | null;
                                departmentIds: string[];
                                active: boolean;
                                lockedUntil: string | null;
                                lastLoginAt: string | null;
                                version: number;
                            };
                            tenant: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                slug: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ob die Anmeldung mit Dienstkonto (OpenID Connect) eingerichtet ist */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enabled: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Anmeldung mit Dienstkonto beginnen (Weiterleitung zum Identitätsanbieter) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rückkehr vom Identitätsanbieter: Konto anlegen oder aktualisieren, Sitzung öffnen */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    state?: string;
                    iss?: string;
                    session_state?: string;
                    error?: string;
                    error_description?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Abmelden */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Angemeldetes Konto */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                                email: string | null;
                                roles: ("agent" | "supervisor" | "editor" | "backoffice" | "dispatcher" | "billing" | "admin" | "auditor" | "itdesk" | "privacy_officer")[];
                                tenantId: string | null;
                                departmentIds: string[];
                                active: boolean;
                                lockedUntil: string | null;
                                lastLoginAt: string | null;
                                version: number;
                            };
                            tenant: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                slug: string;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Eigenes Passwort ändern */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Konten auflisten */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                                email: string | null;
                                roles: ("agent" | "supervisor" | "editor" | "backoffice" | "dispatcher" | "billing" | "admin" | "auditor" | "itdesk" | "privacy_officer")[];
                                tenantId: string | null;
                                departmentIds: string[];
                                active: boolean;
                                lockedUntil: string | null;
                                lastLoginAt: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Konto anlegen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        displayName: string;
                        email?: string | null;
                        password: string;
                        roles: ("agent" | "supervisor" | "editor" | "backoffice" | "dispatcher" | "billing" | "admin" | "auditor" | "itdesk" | "privacy_officer")[];
                        tenantId?: string | null;
                        departmentIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            email: string | null;
                            roles: ("agent" | "supervisor" | "editor" | "backoffice" | "dispatcher" | "billing" | "admin" | "auditor" | "itdesk" | "privacy_officer")[];
                            tenantId: string | null;
                            departmentIds: string[];
                            active: boolean;
                            lockedUntil: string | null;
                            lastLoginAt: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ein Konto */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            email: string | null;
                            roles: ("agent" | "supervisor" | "editor" | "backoffice" | "dispatcher" | "billing" | "admin" | "auditor" | "itdesk" | "privacy_officer")[];
                            tenantId: string | null;
                            departmentIds: string[];
                            active: boolean;
                            lockedUntil: string | null;
                            lastLoginAt: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Konto, Rollen oder Bindung ändern */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        displayName?: string;
                        email?: string | null;
                        roles?: ("agent" | "supervisor" | "editor" | "backoffice" | "dispatcher" | "billing" | "admin" | "auditor" | "itdesk" | "privacy_officer")[];
                        tenantId?: string | null;
                        departmentIds?: string[];
                        active?: boolean;
                        password?: string;
                        unlock?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            email: string | null;
                            roles: ("agent" | "supervisor" | "editor" | "backoffice" | "dispatcher" | "billing" | "admin" | "auditor" | "itdesk" | "privacy_officer")[];
                            tenantId: string | null;
                            departmentIds: string[];
                            active: boolean;
                            lockedUntil: string | null;
                            lastLoginAt: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/login-locks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gesperrte Anmeldungen (je Name und Quelle) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                username: string;
                                /** @enum {string} */
                                sourceKind: "address" | "device";
                                source: string;
                                failures: number;
                                /** Format: date-time */
                                lockedUntil: string;
                                /** Format: date-time */
                                lastFailureAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/login-locks/lift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Eine Anmeldesperre aufheben */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        /** @enum {string} */
                        sourceKind: "address" | "device";
                        source: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alle Mandanten */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                slug: string;
                                name: string;
                                officialName: string;
                                ags: string;
                                /** @enum {string} */
                                kind: "stadt" | "gemeinde" | "region";
                                /** @enum {string} */
                                lifecycle: "planned" | "pilot" | "live" | "ended";
                                pilotStart: string | null;
                                liveStart: string | null;
                                endedOn: string | null;
                                isHost: boolean;
                                postalCodes: string[];
                                knowledgeFourEyes: boolean;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mandant mit Servicevereinbarung, Fachbereichen und Ansprechpersonen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tenant: {
                                /** Format: uuid */
                                id: string;
                                slug: string;
                                name: string;
                                officialName: string;
                                ags: string;
                                /** @enum {string} */
                                kind: "stadt" | "gemeinde" | "region";
                                /** @enum {string} */
                                lifecycle: "planned" | "pilot" | "live" | "ended";
                                pilotStart: string | null;
                                liveStart: string | null;
                                endedOn: string | null;
                                isHost: boolean;
                                postalCodes: string[];
                                knowledgeFourEyes: boolean;
                                version: number;
                            };
                            agreement: {
                                /** Format: uuid */
                                tenantId: string;
                                reference: string | null;
                                signedOn: string | null;
                                termStart: string | null;
                                termEnd: string | null;
                                serviceLevelPercent: number;
                                serviceLevelSeconds: number;
                                firstContactResolutionPercent: number;
                                replyWithinWorkingHours: number;
                                shortAbandonSeconds: number;
                                serviceHours: {
                                    1: {
                                        from: string;
                                        to: string;
                                    }[];
                                    2: {
                                        from: string;
                                        to: string;
                                    }[];
                                    3: {
                                        from: string;
                                        to: string;
                                    }[];
                                    4: {
                                        from: string;
                                        to: string;
                                    }[];
                                    5: {
                                        from: string;
                                        to: string;
                                    }[];
                                    6: {
                                        from: string;
                                        to: string;
                                    }[];
                                    7: {
                                        from: string;
                                        to: string;
                                    }[];
                                };
                                notes: string | null;
                                leitwegId: string | null;
                                billingStreet: string | null;
                                billingPostalCode: string | null;
                                billingCity: string | null;
                                billingContactName: string | null;
                                billingContactEmail: string | null;
                                billingContactPhone: string | null;
                                /** @enum {string} */
                                vatTreatment: "not_taxable" | "taxable";
                                paymentTermDays: number;
                                /** @enum {string} */
                                billingCadence: "month" | "quarter";
                                version: number;
                            } | null;
                            departments: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                tenantId: string;
                                name: string;
                                code: string | null;
                                email: string | null;
                                phone: string | null;
                                deputyEmail: string | null;
                                active: boolean;
                                version: number;
                            }[];
                            contacts: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                tenantId: string;
                                departmentId: string | null;
                                name: string;
                                /** @enum {string} */
                                function: "coordinator" | "data_protection" | "billing" | "it" | "knowledge" | "other";
                                email: string | null;
                                phone: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Mandant ändern (Lebenszyklus, Daten) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        name?: string;
                        officialName?: string;
                        /** @enum {string} */
                        lifecycle?: "planned" | "pilot" | "live" | "ended";
                        pilotStart?: string | null;
                        liveStart?: string | null;
                        endedOn?: string | null;
                        postalCodes?: string[];
                        knowledgeFourEyes?: boolean;
                        readinessOverride?: {
                            reason: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            name: string;
                            officialName: string;
                            ags: string;
                            /** @enum {string} */
                            kind: "stadt" | "gemeinde" | "region";
                            /** @enum {string} */
                            lifecycle: "planned" | "pilot" | "live" | "ended";
                            pilotStart: string | null;
                            liveStart: string | null;
                            endedOn: string | null;
                            isHost: boolean;
                            postalCodes: string[];
                            knowledgeFourEyes: boolean;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/service-agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Servicevereinbarungen aller sichtbaren Mandanten (Ziele, Servicezeiten) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                tenantId: string;
                                reference: string | null;
                                signedOn: string | null;
                                termStart: string | null;
                                termEnd: string | null;
                                serviceLevelPercent: number;
                                serviceLevelSeconds: number;
                                firstContactResolutionPercent: number;
                                replyWithinWorkingHours: number;
                                shortAbandonSeconds: number;
                                serviceHours: {
                                    1: {
                                        from: string;
                                        to: string;
                                    }[];
                                    2: {
                                        from: string;
                                        to: string;
                                    }[];
                                    3: {
                                        from: string;
                                        to: string;
                                    }[];
                                    4: {
                                        from: string;
                                        to: string;
                                    }[];
                                    5: {
                                        from: string;
                                        to: string;
                                    }[];
                                    6: {
                                        from: string;
                                        to: string;
                                    }[];
                                    7: {
                                        from: string;
                                        to: string;
                                    }[];
                                };
                                notes: string | null;
                                leitwegId: string | null;
                                billingStreet: string | null;
                                billingPostalCode: string | null;
                                billingCity: string | null;
                                billingContactName: string | null;
                                billingContactEmail: string | null;
                                billingContactPhone: string | null;
                                /** @enum {string} */
                                vatTreatment: "not_taxable" | "taxable";
                                paymentTermDays: number;
                                /** @enum {string} */
                                billingCadence: "month" | "quarter";
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Servicevereinbarung ändern (Ziele, Servicezeiten) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        reference?: string | null;
                        signedOn?: string | null;
                        termStart?: string | null;
                        termEnd?: string | null;
                        serviceLevelPercent?: number;
                        serviceLevelSeconds?: number;
                        firstContactResolutionPercent?: number;
                        replyWithinWorkingHours?: number;
                        shortAbandonSeconds?: number;
                        serviceHours?: {
                            1: {
                                from: string;
                                to: string;
                            }[];
                            2: {
                                from: string;
                                to: string;
                            }[];
                            3: {
                                from: string;
                                to: string;
                            }[];
                            4: {
                                from: string;
                                to: string;
                            }[];
                            5: {
                                from: string;
                                to: string;
                            }[];
                            6: {
                                from: string;
                                to: string;
                            }[];
                            7: {
                                from: string;
                                to: string;
                            }[];
                        };
                        notes?: string | null;
                        leitwegId?: string | null;
                        billingStreet?: string | null;
                        billingPostalCode?: string | null;
                        billingCity?: string | null;
                        billingContactName?: string | null;
                        billingContactEmail?: string | null;
                        billingContactPhone?: string | null;
                        /** @enum {string} */
                        vatTreatment?: "not_taxable" | "taxable";
                        paymentTermDays?: number;
                        /** @enum {string} */
                        billingCadence?: "month" | "quarter";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            tenantId: string;
                            reference: string | null;
                            signedOn: string | null;
                            termStart: string | null;
                            termEnd: string | null;
                            serviceLevelPercent: number;
                            serviceLevelSeconds: number;
                            firstContactResolutionPercent: number;
                            replyWithinWorkingHours: number;
                            shortAbandonSeconds: number;
                            serviceHours: {
                                1: {
                                    from: string;
                                    to: string;
                                }[];
                                2: {
                                    from: string;
                                    to: string;
                                }[];
                                3: {
                                    from: string;
                                    to: string;
                                }[];
                                4: {
                                    from: string;
                                    to: string;
                                }[];
                                5: {
                                    from: string;
                                    to: string;
                                }[];
                                6: {
                                    from: string;
                                    to: string;
                                }[];
                                7: {
                                    from: string;
                                    to: string;
                                }[];
                            };
                            notes: string | null;
                            leitwegId: string | null;
                            billingStreet: string | null;
                            billingPostalCode: string | null;
                            billingCity: string | null;
                            billingContactName: string | null;
                            billingContactEmail: string | null;
                            billingContactPhone: string | null;
                            /** @enum {string} */
                            vatTreatment: "not_taxable" | "taxable";
                            paymentTermDays: number;
                            /** @enum {string} */
                            billingCadence: "month" | "quarter";
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fachbereiche eines Mandanten */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                tenantId: string;
                                name: string;
                                code: string | null;
                                email: string | null;
                                phone: string | null;
                                deputyEmail: string | null;
                                active: boolean;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Fachbereich anlegen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        code?: string | null;
                        email?: string | null;
                        phone?: string | null;
                        deputyEmail?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            name: string;
                            code: string | null;
                            email: string | null;
                            phone: string | null;
                            deputyEmail: string | null;
                            active: boolean;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Fachbereich ändern */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        code?: string | null;
                        email?: string | null;
                        phone?: string | null;
                        deputyEmail?: string | null;
                        version: number;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            name: string;
                            code: string | null;
                            email: string | null;
                            phone: string | null;
                            deputyEmail: string | null;
                            active: boolean;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ansprechperson anlegen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        function: "coordinator" | "data_protection" | "billing" | "it" | "knowledge" | "other";
                        departmentId?: string | null;
                        email?: string | null;
                        phone?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            departmentId: string | null;
                            name: string;
                            /** @enum {string} */
                            function: "coordinator" | "data_protection" | "billing" | "it" | "knowledge" | "other";
                            email: string | null;
                            phone: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Ansprechperson entfernen */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Ansprechperson ändern */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        function?: "coordinator" | "data_protection" | "billing" | "it" | "knowledge" | "other";
                        departmentId?: string | null;
                        email?: string | null;
                        phone?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            departmentId: string | null;
                            name: string;
                            /** @enum {string} */
                            function: "coordinator" | "data_protection" | "billing" | "it" | "knowledge" | "other";
                            email: string | null;
                            phone: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/public/operator": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Betreiber des DialogCenters für das Impressum (öffentlich) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            representedBy: string;
                            street: string;
                            postalCode: string;
                            city: string;
                            phone: string;
                            email: string | null;
                            legalForm: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Protokoll durchsuchen (nur Revision) */
        get: {
            parameters: {
                query?: {
                    actorUserId?: string;
                    actorName?: string;
                    tenantId?: string;
                    action?: string;
                    entityType?: string;
                    entityId?: string;
                    text?: string;
                    from?: unknown;
                    to?: unknown;
                    beforeId?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                /** Format: date-time */
                                at: string;
                                actorUserId: string | null;
                                actorName: string;
                                tenantId: string | null;
                                action: string;
                                entityType: string | null;
                                entityId: string | null;
                                details: {
                                    [key: string]: unknown;
                                } | null;
                                ip: string | null;
                            }[];
                            nextBeforeId: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Anfragen (Posteingang): Fachbereiche sehen ihre, das DialogCenter alle */
        get: {
            parameters: {
                query?: {
                    status?: ("forwarded" | "waiting_for_citizen" | "answered" | "returned" | "closed")[];
                    tenantId?: string;
                    overdue?: "true" | "false";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                tenantId: string;
                                tenantName: string;
                                referenceCode: string;
                                /** Format: uuid */
                                departmentId: string;
                                departmentName: string;
                                serviceTitle: string;
                                leikaKey: string | null;
                                /** @enum {string} */
                                answerChannel: "email" | "callback";
                                /** @enum {string} */
                                status: "forwarded" | "waiting_for_citizen" | "answered" | "returned" | "closed";
                                /** Format: date-time */
                                createdAt: string;
                                dueAt: string | null;
                                answeredAt: string | null;
                                isOverdue: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Anliegen an den zuständigen Fachbereich weiterleiten */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        tenantId: string;
                        /** Format: uuid */
                        departmentId: string;
                        contactId?: string | null;
                        leikaKey?: (string | null) | "";
                        serviceTitle: string;
                        question: string;
                        citizen: {
                            name: string;
                            email?: (string | null) | "";
                            phone?: (string | null) | "";
                        };
                        /** @enum {string} */
                        answerChannel: "email" | "callback";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            referenceCode: string;
                            /** Format: date-time */
                            dueAt: string;
                            departmentName: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Anfrage mit Verlauf */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            tenantName: string;
                            referenceCode: string;
                            /** Format: uuid */
                            departmentId: string;
                            departmentName: string;
                            serviceTitle: string;
                            leikaKey: string | null;
                            /** @enum {string} */
                            answerChannel: "email" | "callback";
                            /** @enum {string} */
                            status: "forwarded" | "waiting_for_citizen" | "answered" | "returned" | "closed";
                            /** Format: date-time */
                            createdAt: string;
                            dueAt: string | null;
                            answeredAt: string | null;
                            isOverdue: boolean;
                            contactId: string | null;
                            question: string;
                            citizenName: string;
                            citizenEmail: string | null;
                            citizenPhone: string | null;
                            budgetHours: number;
                            deliveredAt: string | null;
                            firstResponseAt: string | null;
                            pausedAt: string | null;
                            returnedAt: string | null;
                            closedAt: string | null;
                            remindedAt: string | null;
                            escalatedAt: string | null;
                            citizenInformedAt: string | null;
                            answer: string | null;
                            answeredBy: string | null;
                            version: number;
                            events: {
                                /** Format: date-time */
                                at: string;
                                kind: string;
                                fromStatus: string | null;
                                toStatus: string | null;
                                actorName: string;
                                note: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Antworten (Fachbereich) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answer: string;
                        /** @default false */
                        proposeForKnowledgeBase?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            tenantName: string;
                            referenceCode: string;
                            /** Format: uuid */
                            departmentId: string;
                            departmentName: string;
                            serviceTitle: string;
                            leikaKey: string | null;
                            /** @enum {string} */
                            answerChannel: "email" | "callback";
                            /** @enum {string} */
                            status: "forwarded" | "waiting_for_citizen" | "answered" | "returned" | "closed";
                            /** Format: date-time */
                            createdAt: string;
                            dueAt: string | null;
                            answeredAt: string | null;
                            isOverdue: boolean;
                            contactId: string | null;
                            question: string;
                            citizenName: string;
                            citizenEmail: string | null;
                            citizenPhone: string | null;
                            budgetHours: number;
                            deliveredAt: string | null;
                            firstResponseAt: string | null;
                            pausedAt: string | null;
                            returnedAt: string | null;
                            closedAt: string | null;
                            remindedAt: string | null;
                            escalatedAt: string | null;
                            citizenInformedAt: string | null;
                            answer: string | null;
                            answeredBy: string | null;
                            version: number;
                            events: {
                                /** Format: date-time */
                                at: string;
                                kind: string;
                                fromStatus: string | null;
                                toStatus: string | null;
                                actorName: string;
                                note: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests/{id}/ask-citizen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rückfrage an die Bürgerin / den Bürger (Frist ruht) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        question: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            tenantName: string;
                            referenceCode: string;
                            /** Format: uuid */
                            departmentId: string;
                            departmentName: string;
                            serviceTitle: string;
                            leikaKey: string | null;
                            /** @enum {string} */
                            answerChannel: "email" | "callback";
                            /** @enum {string} */
                            status: "forwarded" | "waiting_for_citizen" | "answered" | "returned" | "closed";
                            /** Format: date-time */
                            createdAt: string;
                            dueAt: string | null;
                            answeredAt: string | null;
                            isOverdue: boolean;
                            contactId: string | null;
                            question: string;
                            citizenName: string;
                            citizenEmail: string | null;
                            citizenPhone: string | null;
                            budgetHours: number;
                            deliveredAt: string | null;
                            firstResponseAt: string | null;
                            pausedAt: string | null;
                            returnedAt: string | null;
                            closedAt: string | null;
                            remindedAt: string | null;
                            escalatedAt: string | null;
                            citizenInformedAt: string | null;
                            answer: string | null;
                            answeredBy: string | null;
                            version: number;
                            events: {
                                /** Format: date-time */
                                at: string;
                                kind: string;
                                fromStatus: string | null;
                                toStatus: string | null;
                                actorName: string;
                                note: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests/{id}/citizen-reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Antwort der Bürgerin / des Bürgers erfassen (Frist läuft weiter) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reply: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            tenantName: string;
                            referenceCode: string;
                            /** Format: uuid */
                            departmentId: string;
                            departmentName: string;
                            serviceTitle: string;
                            leikaKey: string | null;
                            /** @enum {string} */
                            answerChannel: "email" | "callback";
                            /** @enum {string} */
                            status: "forwarded" | "waiting_for_citizen" | "answered" | "returned" | "closed";
                            /** Format: date-time */
                            createdAt: string;
                            dueAt: string | null;
                            answeredAt: string | null;
                            isOverdue: boolean;
                            contactId: string | null;
                            question: string;
                            citizenName: string;
                            citizenEmail: string | null;
                            citizenPhone: string | null;
                            budgetHours: number;
                            deliveredAt: string | null;
                            firstResponseAt: string | null;
                            pausedAt: string | null;
                            returnedAt: string | null;
                            closedAt: string | null;
                            remindedAt: string | null;
                            escalatedAt: string | null;
                            citizenInformedAt: string | null;
                            answer: string | null;
                            answeredBy: string | null;
                            version: number;
                            events: {
                                /** Format: date-time */
                                at: string;
                                kind: string;
                                fromStatus: string | null;
                                toStatus: string | null;
                                actorName: string;
                                note: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An den Erstkontakt zurückgeben */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            tenantName: string;
                            referenceCode: string;
                            /** Format: uuid */
                            departmentId: string;
                            departmentName: string;
                            serviceTitle: string;
                            leikaKey: string | null;
                            /** @enum {string} */
                            answerChannel: "email" | "callback";
                            /** @enum {string} */
                            status: "forwarded" | "waiting_for_citizen" | "answered" | "returned" | "closed";
                            /** Format: date-time */
                            createdAt: string;
                            dueAt: string | null;
                            answeredAt: string | null;
                            isOverdue: boolean;
                            contactId: string | null;
                            question: string;
                            citizenName: string;
                            citizenEmail: string | null;
                            citizenPhone: string | null;
                            budgetHours: number;
                            deliveredAt: string | null;
                            firstResponseAt: string | null;
                            pausedAt: string | null;
                            returnedAt: string | null;
                            closedAt: string | null;
                            remindedAt: string | null;
                            escalatedAt: string | null;
                            citizenInformedAt: string | null;
                            answer: string | null;
                            answeredBy: string | null;
                            version: number;
                            events: {
                                /** Format: date-time */
                                at: string;
                                kind: string;
                                fromStatus: string | null;
                                toStatus: string | null;
                                actorName: string;
                                note: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests/{id}/pass-on": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An einen anderen Fachbereich abgeben */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        departmentId: string;
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            tenantName: string;
                            referenceCode: string;
                            /** Format: uuid */
                            departmentId: string;
                            departmentName: string;
                            serviceTitle: string;
                            leikaKey: string | null;
                            /** @enum {string} */
                            answerChannel: "email" | "callback";
                            /** @enum {string} */
                            status: "forwarded" | "waiting_for_citizen" | "answered" | "returned" | "closed";
                            /** Format: date-time */
                            createdAt: string;
                            dueAt: string | null;
                            answeredAt: string | null;
                            isOverdue: boolean;
                            contactId: string | null;
                            question: string;
                            citizenName: string;
                            citizenEmail: string | null;
                            citizenPhone: string | null;
                            budgetHours: number;
                            deliveredAt: string | null;
                            firstResponseAt: string | null;
                            pausedAt: string | null;
                            returnedAt: string | null;
                            closedAt: string | null;
                            remindedAt: string | null;
                            escalatedAt: string | null;
                            citizenInformedAt: string | null;
                            answer: string | null;
                            answeredBy: string | null;
                            version: number;
                            events: {
                                /** Format: date-time */
                                at: string;
                                kind: string;
                                fromStatus: string | null;
                                toStatus: string | null;
                                actorName: string;
                                note: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Zurückgegebene Anfrage abschließen (Erstkontakt) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            tenantName: string;
                            referenceCode: string;
                            /** Format: uuid */
                            departmentId: string;
                            departmentName: string;
                            serviceTitle: string;
                            leikaKey: string | null;
                            /** @enum {string} */
                            answerChannel: "email" | "callback";
                            /** @enum {string} */
                            status: "forwarded" | "waiting_for_citizen" | "answered" | "returned" | "closed";
                            /** Format: date-time */
                            createdAt: string;
                            dueAt: string | null;
                            answeredAt: string | null;
                            isOverdue: boolean;
                            contactId: string | null;
                            question: string;
                            citizenName: string;
                            citizenEmail: string | null;
                            citizenPhone: string | null;
                            budgetHours: number;
                            deliveredAt: string | null;
                            firstResponseAt: string | null;
                            pausedAt: string | null;
                            returnedAt: string | null;
                            closedAt: string | null;
                            remindedAt: string | null;
                            escalatedAt: string | null;
                            citizenInformedAt: string | null;
                            answer: string | null;
                            answeredBy: string | null;
                            version: number;
                            events: {
                                /** Format: date-time */
                                at: string;
                                kind: string;
                                fromStatus: string | null;
                                toStatus: string | null;
                                actorName: string;
                                note: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/callback-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rückrufe für Agentinnen und Agenten */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "done" | "unreachable";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                tenantId: string;
                                tenantName: string;
                                /** Format: uuid */
                                requestId: string;
                                referenceCode: string;
                                serviceTitle: string;
                                kind: string;
                                citizenName: string;
                                phone: string;
                                message: string;
                                status: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/callback-tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rückruf erledigt / nicht erreicht */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "done" | "unreachable";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Antworten, die als Ergänzung der Wissensdatenbank vorgeschlagen wurden */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                tenantId: string;
                                tenantName: string;
                                requestId: string | null;
                                leikaKey: string | null;
                                serviceTitle: string;
                                question: string;
                                answer: string;
                                proposedBy: string;
                                status: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge-proposals/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Vorschlag übernehmen oder ablehnen (Redaktion) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "accepted" | "rejected";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mail-outbox/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stand des Postausgangs (wartende und aufgegebene Mails) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            pending: number;
                            failed: number;
                            oldestPendingAt: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/second-level/on-time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fristtreue der zweiten Ebene je Mandant und Fachbereich */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    tenantId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            to: string;
                            departments: {
                                /** Format: uuid */
                                tenantId: string;
                                tenantName: string;
                                /** Format: uuid */
                                departmentId: string;
                                departmentName: string;
                                total: number;
                                answered: number;
                                answeredOnTime: number;
                                openOverdue: number;
                                openInTime: number;
                                returned: number;
                                onTimeRate: number | null;
                                avgHoursToAnswer: number | null;
                                avgHoursToFirstResponse: number | null;
                            }[];
                            tenants: {
                                /** Format: uuid */
                                tenantId: string;
                                tenantName: string;
                                total: number;
                                answeredOnTime: number;
                                late: number;
                                onTimeRate: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/closing-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Schließtage eines Mandanten (Fristberechnung) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                tenantId: string;
                                day: string;
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Schließtag eintragen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        day: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            day: string;
                            reason: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/closing-days/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Schließtag entfernen */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/v1/request-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stand eines Anliegens per Vorgangsnummer (ohne personenbezogene Daten) */
        get: {
            parameters: {
                query: {
                    code: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            referenceCode: string;
                            /** @enum {string} */
                            kind: "service_request" | "contact_form" | "chat";
                            tenantName: string;
                            statusLabel: string;
                            status: string;
                            receivedOn: string;
                            forwardedOn: string | null;
                            replyExpectedBy: string | null;
                            answeredOn: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/v1/access-links/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Anfrage über einen sicheren Link ansehen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            purpose: "department_answer" | "citizen_reply";
                            referenceCode: string;
                            tenantName: string;
                            departmentName: string;
                            serviceTitle: string;
                            question: string;
                            departmentQuestion: string | null;
                            dueAt: string | null;
                            /** Format: date-time */
                            expiresAt: string;
                            /** @enum {string} */
                            status: "forwarded" | "waiting_for_citizen" | "answered" | "returned" | "closed";
                        };
                    };
                };
            };
        };
        put?: never;
        /** Über einen sicheren Link antworten, rückfragen oder auf eine Rückfrage antworten */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "answer";
                        answer: string;
                        /** @default false */
                        proposeForKnowledgeBase?: boolean;
                    } | {
                        /** @enum {string} */
                        action: "ask_citizen";
                        question: string;
                    } | {
                        /** @enum {string} */
                        action: "citizen_reply";
                        reply: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            referenceCode: string;
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Anrufereignisse der Telefonanlage (einzeln oder als { events: [...] }); Authorization: Bearer <API-Token der Anlage, Berechtigung telephony:events>
         * @description Felder je Ereignis: docs/telephony-events.md; ein Beispiel je Ereignistyp: GET /api/v1/telephony/events/example. Ein unbekanntes Feld wird mit 400 abgelehnt; die Meldung nennt das Feld und die erlaubten.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "events": [
                     *         {
                     *           "callerNumber": "+49 511 4711 0815",
                     *           "dialledNumber": "0511 168-31000",
                     *           "queue": "dc-langenhagen",
                     *           "eventId": "acd1-1767340801.10-offered",
                     *           "callId": "1767340801.10",
                     *           "type": "offered",
                     *           "occurredAt": "2026-01-02T09:00:01+01:00"
                     *         },
                     *         {
                     *           "callerNumber": "+49 511 4711 0815",
                     *           "dialledNumber": "0511 168-31000",
                     *           "queue": "dc-langenhagen",
                     *           "eventId": "acd1-1767340801.10-queued",
                     *           "callId": "1767340801.10",
                     *           "type": "queued",
                     *           "occurredAt": "2026-01-02T09:00:03+01:00"
                     *         },
                     *         {
                     *           "callerNumber": "+49 511 4711 0815",
                     *           "dialledNumber": "0511 168-31000",
                     *           "queue": "dc-langenhagen",
                     *           "eventId": "acd1-1767340801.10-ringing-1001",
                     *           "callId": "1767340801.10",
                     *           "type": "ringing",
                     *           "occurredAt": "2026-01-02T09:00:18+01:00",
                     *           "agentId": "SIP/1001"
                     *         },
                     *         {
                     *           "callerNumber": "+49 511 4711 0815",
                     *           "dialledNumber": "0511 168-31000",
                     *           "queue": "dc-langenhagen",
                     *           "eventId": "acd1-1767340801.10-answered",
                     *           "callId": "1767340801.10",
                     *           "type": "answered",
                     *           "occurredAt": "2026-01-02T09:00:21+01:00",
                     *           "agentId": "SIP/1001"
                     *         },
                     *         {
                     *           "callerNumber": "+49 511 4711 0815",
                     *           "dialledNumber": "0511 168-31000",
                     *           "queue": "dc-langenhagen",
                     *           "eventId": "acd1-1767340801.10-transferred",
                     *           "callId": "1767340801.10",
                     *           "type": "transferred",
                     *           "occurredAt": "2026-01-02T09:03:40+01:00",
                     *           "agentId": "SIP/1001",
                     *           "target": "0511 168-42000"
                     *         },
                     *         {
                     *           "callerNumber": "+49 511 4711 0815",
                     *           "dialledNumber": "0511 168-31000",
                     *           "queue": "dc-langenhagen",
                     *           "eventId": "acd1-1767340801.10-ended",
                     *           "callId": "1767340801.10",
                     *           "type": "ended",
                     *           "occurredAt": "2026-01-02T09:03:41+01:00"
                     *         },
                     *         {
                     *           "callerNumber": "+49 511 4711 0815",
                     *           "dialledNumber": "0511 168-31000",
                     *           "queue": "dc-langenhagen",
                     *           "eventId": "acd1-1767340950.12-abandoned",
                     *           "callId": "1767340950.12",
                     *           "type": "abandoned",
                     *           "occurredAt": "2026-01-02T09:03:12+01:00"
                     *         },
                     *         {
                     *           "callerNumber": "+49 511 4711 0815",
                     *           "dialledNumber": "0511 168-31000",
                     *           "queue": "dc-langenhagen",
                     *           "eventId": "acd1-1767341000.13-diverted",
                     *           "callId": "1767341000.13",
                     *           "type": "diverted",
                     *           "occurredAt": "2026-01-02T09:03:20+01:00",
                     *           "reason": "full"
                     *         },
                     *         {
                     *           "callerNumber": "+49 511 4711 0815",
                     *           "dialledNumber": "0511 168-31000",
                     *           "queue": "dc-langenhagen",
                     *           "eventId": "acd1-1767341100.14-callback",
                     *           "callId": "1767341100.14",
                     *           "type": "callback_requested",
                     *           "occurredAt": "2026-01-02T09:06:00+01:00"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        events: {
                            eventId: string;
                            callId: string;
                            /** @enum {string} */
                            type: "offered" | "queued" | "ringing" | "answered" | "transferred" | "abandoned" | "diverted" | "callback_requested" | "ended";
                            /** Format: date-time */
                            occurredAt: string;
                            callerNumber?: string | null;
                            dialledNumber?: string | null;
                            queue?: string | null;
                            agentId?: string | null;
                            target?: string | null;
                            reason?: ("full" | "closed" | "joinempty" | "leaveempty" | "timeout" | "divert_ca_ratio" | "divert_waittime" | "diverted") | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            received: number;
                            accepted: number;
                            duplicates: number;
                            calls: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/events/example": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ein Beispiel je Ereignistyp der Ereignis-Schnittstelle (zum Ausprobieren; ohne Anmeldung) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            examples: {
                                [key: string]: {
                                    eventId: string;
                                    callId: string;
                                    /** @enum {string} */
                                    type: "offered" | "queued" | "ringing" | "answered" | "transferred" | "abandoned" | "diverted" | "callback_requested" | "ended";
                                    /** Format: date-time */
                                    occurredAt: string;
                                    callerNumber?: string | null;
                                    dialledNumber?: string | null;
                                    queue?: string | null;
                                    agentId?: string | null;
                                    target?: string | null;
                                    reason?: ("full" | "closed" | "joinempty" | "leaveempty" | "timeout" | "divert_ca_ratio" | "divert_waittime" | "diverted") | null;
                                };
                            };
                            batch: {
                                events: {
                                    eventId: string;
                                    callId: string;
                                    /** @enum {string} */
                                    type: "offered" | "queued" | "ringing" | "answered" | "transferred" | "abandoned" | "diverted" | "callback_requested" | "ended";
                                    /** Format: date-time */
                                    occurredAt: string;
                                    callerNumber?: string | null;
                                    dialledNumber?: string | null;
                                    queue?: string | null;
                                    agentId?: string | null;
                                    target?: string | null;
                                    reason?: ("full" | "closed" | "joinempty" | "leaveempty" | "timeout" | "divert_ca_ratio" | "divert_waittime" | "diverted") | null;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/queue-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Asterisk queue_log einlesen (Verlaufsdaten) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        telephoneSystem: string;
                        content: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            received: number;
                            accepted: number;
                            duplicates: number;
                            calls: number;
                            ignoredLines: number;
                            errors: {
                                line: number;
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/queue-log/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Asterisk queue_log als Datei hochladen (groß, gestreamt, im Hintergrund, abbrechbar; ganz oder gar nicht)
         * @description Der Anfragekörper ist die Datei selbst (beliebiger Inhaltstyp, z. B. text/plain, text/csv, application/xml), bis IMPORT_MAX_MB. Antwort 202 mit dem Import; Stand mit GET /api/v1/imports/{id}, Abbruch mit DELETE /api/v1/imports/{id}.
         */
        post: {
            parameters: {
                query: {
                    telephoneSystem: string;
                    fileName?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            fileName: string;
                            /** @enum {string} */
                            status: "receiving" | "processing" | "completed" | "rejected" | "cancelled" | "failed";
                            /** @description Was gerade geschieht (Hochladen, Prüfen, Speichern), solange der Import läuft */
                            phase: string | null;
                            bytesTotal: number | null;
                            bytesReceived: number;
                            /** @description Anteil der Datei, der verarbeitet ist (0 bis 1) */
                            share: number | null;
                            rowsRead: number;
                            rowsAccepted: number;
                            rowsRefused: number;
                            /** @description Jede abgewiesene Zeile mit Grund */
                            refused: {
                                row: string;
                                reason: string;
                            }[];
                            result: {
                                [key: string]: unknown;
                            } | null;
                            message: string | null;
                            createdBy: string;
                            /** Format: date-time */
                            createdAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/systems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registrierte Telefonanlagen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                active: boolean;
                                lastEventAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Telefonanlage registrieren (das Token wird nur jetzt angezeigt) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            system: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                active: boolean;
                                lastEventAt: string | null;
                            };
                            token: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/systems/{id}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Weiteres API-Token für eine Telefonanlage (Wechsel; nur jetzt angezeigt, altes Token danach widerrufen) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 365 */
                        expiresInDays?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            item: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                scopes: ("telephony:events" | "itfaults:status" | "reporting:read" | "billing:read" | "metrics:read")[];
                                tenantId: string | null;
                                tokenPrefix: string | null;
                                subjectType: string | null;
                                subjectId: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string;
                                expiresAt: string | null;
                                revokedAt: string | null;
                                revokedBy: string | null;
                                lastUsedAt: string | null;
                                /** @enum {string} */
                                state: "active" | "expired" | "revoked";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/hotlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rufnummern der Mandanten */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                dialledNumber: string;
                                /** Format: uuid */
                                tenantId: string;
                                queueName: string | null;
                                label: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Rufnummer einem Mandanten zuordnen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dialledNumber: string;
                        /** Format: uuid */
                        tenantId: string;
                        queueName?: string | null;
                        label: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dialledNumber: string;
                            /** Format: uuid */
                            tenantId: string;
                            queueName: string | null;
                            label: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/agent-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Zuordnungen der Agenten-Kennungen zu Konten (Administration) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                telephoneSystemId: string;
                                telephoneSystemName: string;
                                externalAgentId: string;
                                /** Format: uuid */
                                userId: string;
                                displayName: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Agenten-Kennung der Telefonanlage einem Konto zuordnen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        telephoneSystemId: string;
                        externalAgentId: string;
                        /** Format: uuid */
                        userId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/hotlines/{dialledNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Rufnummer entfernen (mit der gelesenen Version); Anrufe behalten die gewählte Nummer */
        delete: {
            parameters: {
                query: {
                    version: number;
                };
                header?: never;
                path: {
                    dialledNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Rufnummer ändern: Mandant, ACD-Warteschlange, Bezeichnung (mit der gelesenen Version; 409, wenn inzwischen geändert) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    dialledNumber: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** Format: uuid */
                        tenantId?: string;
                        queueName?: string | null;
                        label?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dialledNumber: string;
                            /** Format: uuid */
                            tenantId: string;
                            queueName: string | null;
                            label: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/telephony/agent-lines/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Zuordnung einer Agenten-Kennung entfernen (mit der gelesenen Version) */
        delete: {
            parameters: {
                query: {
                    version: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Agenten-Kennung ändern oder einem anderen Konto zuordnen (mit der gelesenen Version) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        externalAgentId?: string;
                        /** Format: uuid */
                        userId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/wallboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Wallboard: Warteschlangen, Agentenstatus, Kennzahlen des Tages */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wallboard/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Wallboard als Server-Sent Events (event: wallboard) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/desktop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agenten-Arbeitsplatz: eigener Status, Screen-Pop, offene Kontakte, eigene Anliegen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agentState: {
                                /** @enum {string} */
                                state: "available" | "on_call" | "wrap_up" | "break" | "offline";
                                since: string | null;
                                secondsToday: {
                                    [key: string]: number;
                                };
                            };
                            screenPop: {
                                contact: {
                                    /** Format: uuid */
                                    id: string;
                                    tenantId: string | null;
                                    /** @enum {string} */
                                    channel: "phone" | "email" | "web_form" | "chat" | "callback";
                                    callId: string | null;
                                    workItemId: string | null;
                                    agentUserId: string | null;
                                    agentName: string | null;
                                    callerNumber: string | null;
                                    leikaKey: string | null;
                                    serviceTitle: string | null;
                                    outcome: ("answered_first_level" | "transferred" | "forwarded_second_level" | "appointment_booked" | "it_fault" | "public_order_incident" | "other") | null;
                                    note: string | null;
                                    /** @enum {string} */
                                    status: "open" | "documented";
                                    /** Format: date-time */
                                    startedAt: string;
                                    endedAt: string | null;
                                    documentedAt: string | null;
                                    wrapUpSeconds: number | null;
                                    version: number;
                                };
                                call: {
                                    id: string | null;
                                    dialledNumber: string | null;
                                    queueName: string | null;
                                    offeredAt: string | null;
                                    answeredAt: string | null;
                                    endedAt: string | null;
                                    waitSeconds: number | null;
                                    status: string | null;
                                } | null;
                                tenantName: string | null;
                                earlierContacts: {
                                    /** Format: uuid */
                                    id: string;
                                    tenantName: string | null;
                                    channel: string;
                                    /** Format: date-time */
                                    startedAt: string;
                                    serviceTitle: string | null;
                                    leikaKey: string | null;
                                    outcome: string | null;
                                    note: string | null;
                                }[];
                            } | null;
                            openContacts: {
                                contact: {
                                    /** Format: uuid */
                                    id: string;
                                    tenantId: string | null;
                                    /** @enum {string} */
                                    channel: "phone" | "email" | "web_form" | "chat" | "callback";
                                    callId: string | null;
                                    workItemId: string | null;
                                    agentUserId: string | null;
                                    agentName: string | null;
                                    callerNumber: string | null;
                                    leikaKey: string | null;
                                    serviceTitle: string | null;
                                    outcome: ("answered_first_level" | "transferred" | "forwarded_second_level" | "appointment_booked" | "it_fault" | "public_order_incident" | "other") | null;
                                    note: string | null;
                                    /** @enum {string} */
                                    status: "open" | "documented";
                                    /** Format: date-time */
                                    startedAt: string;
                                    endedAt: string | null;
                                    documentedAt: string | null;
                                    wrapUpSeconds: number | null;
                                    version: number;
                                };
                                call: {
                                    id: string | null;
                                    dialledNumber: string | null;
                                    queueName: string | null;
                                    offeredAt: string | null;
                                    answeredAt: string | null;
                                    endedAt: string | null;
                                    waitSeconds: number | null;
                                    status: string | null;
                                } | null;
                                tenantName: string | null;
                            }[];
                            workItems: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                tenantId: string;
                                /** @enum {string} */
                                channel: "email" | "web_form" | "chat" | "callback";
                                /** @enum {string} */
                                status: "waiting" | "offered" | "assigned" | "done" | "cancelled";
                                priority: number;
                                topic: string | null;
                                language: string;
                                dueAt: string | null;
                                /** Format: date-time */
                                enqueuedAt: string;
                                subject: string;
                                fromName: string | null;
                                fromAddress: string | null;
                                body: string | null;
                                payload: {
                                    [key: string]: unknown;
                                };
                                assignedUserId: string | null;
                                assignedName: string | null;
                                offeredAt: string | null;
                                assignedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/undocumented": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nicht dokumentierte Kontakte (Teamleitung) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                contact: {
                                    /** Format: uuid */
                                    id: string;
                                    tenantId: string | null;
                                    /** @enum {string} */
                                    channel: "phone" | "email" | "web_form" | "chat" | "callback";
                                    callId: string | null;
                                    workItemId: string | null;
                                    agentUserId: string | null;
                                    agentName: string | null;
                                    callerNumber: string | null;
                                    leikaKey: string | null;
                                    serviceTitle: string | null;
                                    outcome: ("answered_first_level" | "transferred" | "forwarded_second_level" | "appointment_booked" | "it_fault" | "public_order_incident" | "other") | null;
                                    note: string | null;
                                    /** @enum {string} */
                                    status: "open" | "documented";
                                    /** Format: date-time */
                                    startedAt: string;
                                    endedAt: string | null;
                                    documentedAt: string | null;
                                    wrapUpSeconds: number | null;
                                    version: number;
                                };
                                call: {
                                    id: string | null;
                                    dialledNumber: string | null;
                                    queueName: string | null;
                                    offeredAt: string | null;
                                    answeredAt: string | null;
                                    endedAt: string | null;
                                    waitSeconds: number | null;
                                    status: string | null;
                                } | null;
                                tenantName: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ein Kontakt */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            tenantId: string | null;
                            /** @enum {string} */
                            channel: "phone" | "email" | "web_form" | "chat" | "callback";
                            callId: string | null;
                            workItemId: string | null;
                            agentUserId: string | null;
                            agentName: string | null;
                            callerNumber: string | null;
                            leikaKey: string | null;
                            serviceTitle: string | null;
                            outcome: ("answered_first_level" | "transferred" | "forwarded_second_level" | "appointment_booked" | "it_fault" | "public_order_incident" | "other") | null;
                            note: string | null;
                            /** @enum {string} */
                            status: "open" | "documented";
                            /** Format: date-time */
                            startedAt: string;
                            endedAt: string | null;
                            documentedAt: string | null;
                            wrapUpSeconds: number | null;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kontakt dokumentieren (Mandant, Leistung, Ergebnis, Notiz) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** Format: uuid */
                        tenantId: string;
                        leikaKey?: string | null;
                        /** Format: uuid */
                        searchId?: string;
                        /** @enum {string} */
                        channel?: "phone" | "email" | "web_form" | "chat" | "callback";
                        /** @enum {string} */
                        outcome: "answered_first_level" | "transferred" | "forwarded_second_level" | "appointment_booked" | "it_fault" | "public_order_incident" | "other";
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            tenantId: string | null;
                            /** @enum {string} */
                            channel: "phone" | "email" | "web_form" | "chat" | "callback";
                            callId: string | null;
                            workItemId: string | null;
                            agentUserId: string | null;
                            agentName: string | null;
                            callerNumber: string | null;
                            leikaKey: string | null;
                            serviceTitle: string | null;
                            outcome: ("answered_first_level" | "transferred" | "forwarded_second_level" | "appointment_booked" | "it_fault" | "public_order_incident" | "other") | null;
                            note: string | null;
                            /** @enum {string} */
                            status: "open" | "documented";
                            /** Format: date-time */
                            startedAt: string;
                            endedAt: string | null;
                            documentedAt: string | null;
                            wrapUpSeconds: number | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-items/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Anliegen dokumentieren und abschließen (legt den Kontakt an) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        tenantId: string;
                        leikaKey?: string | null;
                        /** Format: uuid */
                        searchId?: string;
                        /** @enum {string} */
                        outcome: "answered_first_level" | "transferred" | "forwarded_second_level" | "appointment_booked" | "it_fault" | "public_order_incident" | "other";
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            tenantId: string | null;
                            /** @enum {string} */
                            channel: "phone" | "email" | "web_form" | "chat" | "callback";
                            callId: string | null;
                            workItemId: string | null;
                            agentUserId: string | null;
                            agentName: string | null;
                            callerNumber: string | null;
                            leikaKey: string | null;
                            serviceTitle: string | null;
                            outcome: ("answered_first_level" | "transferred" | "forwarded_second_level" | "appointment_booked" | "it_fault" | "public_order_incident" | "other") | null;
                            note: string | null;
                            /** @enum {string} */
                            status: "open" | "documented";
                            /** Format: date-time */
                            startedAt: string;
                            endedAt: string | null;
                            documentedAt: string | null;
                            wrapUpSeconds: number | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leistungen für die Dokumentation suchen (LeiKa) */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    municipality?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            searchId: string | null;
                            items: {
                                leikaKey: string;
                                title: string;
                                answerText: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/desktop/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Änderungen für den eigenen Arbeitsplatz (Server-Sent Events) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Offene Anliegen in Reihenfolge der Warteschlange */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                tenantId: string;
                                /** @enum {string} */
                                channel: "email" | "web_form" | "chat" | "callback";
                                /** @enum {string} */
                                status: "waiting" | "offered" | "assigned" | "done" | "cancelled";
                                priority: number;
                                topic: string | null;
                                language: string;
                                dueAt: string | null;
                                /** Format: date-time */
                                enqueuedAt: string;
                                subject: string;
                                fromName: string | null;
                                fromAddress: string | null;
                                body: string | null;
                                payload: {
                                    [key: string]: unknown;
                                };
                                assignedUserId: string | null;
                                assignedName: string | null;
                                offeredAt: string | null;
                                assignedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/queue/next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nächstes passendes Anliegen anbieten lassen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            /** @enum {string} */
                            channel: "email" | "web_form" | "chat" | "callback";
                            /** @enum {string} */
                            status: "waiting" | "offered" | "assigned" | "done" | "cancelled";
                            priority: number;
                            topic: string | null;
                            language: string;
                            dueAt: string | null;
                            /** Format: date-time */
                            enqueuedAt: string;
                            subject: string;
                            fromName: string | null;
                            fromAddress: string | null;
                            body: string | null;
                            payload: {
                                [key: string]: unknown;
                            };
                            assignedUserId: string | null;
                            assignedName: string | null;
                            offeredAt: string | null;
                            assignedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ein Anliegen mit Chatverlauf */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            item: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                tenantId: string;
                                /** @enum {string} */
                                channel: "email" | "web_form" | "chat" | "callback";
                                /** @enum {string} */
                                status: "waiting" | "offered" | "assigned" | "done" | "cancelled";
                                priority: number;
                                topic: string | null;
                                language: string;
                                dueAt: string | null;
                                /** Format: date-time */
                                enqueuedAt: string;
                                subject: string;
                                fromName: string | null;
                                fromAddress: string | null;
                                body: string | null;
                                payload: {
                                    [key: string]: unknown;
                                };
                                assignedUserId: string | null;
                                assignedName: string | null;
                                offeredAt: string | null;
                                assignedAt: string | null;
                            };
                            messages: {
                                id: number;
                                /** @enum {string} */
                                author: "visitor" | "agent";
                                authorName: string | null;
                                body: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-items/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Angebotenes Anliegen annehmen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            /** @enum {string} */
                            channel: "email" | "web_form" | "chat" | "callback";
                            /** @enum {string} */
                            status: "waiting" | "offered" | "assigned" | "done" | "cancelled";
                            priority: number;
                            topic: string | null;
                            language: string;
                            dueAt: string | null;
                            /** Format: date-time */
                            enqueuedAt: string;
                            subject: string;
                            fromName: string | null;
                            fromAddress: string | null;
                            body: string | null;
                            payload: {
                                [key: string]: unknown;
                            };
                            assignedUserId: string | null;
                            assignedName: string | null;
                            offeredAt: string | null;
                            assignedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-items/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Angebot zurückgeben (das Anliegen behält seinen Platz) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            /** @enum {string} */
                            channel: "email" | "web_form" | "chat" | "callback";
                            /** @enum {string} */
                            status: "waiting" | "offered" | "assigned" | "done" | "cancelled";
                            priority: number;
                            topic: string | null;
                            language: string;
                            dueAt: string | null;
                            /** Format: date-time */
                            enqueuedAt: string;
                            subject: string;
                            fromName: string | null;
                            fromAddress: string | null;
                            body: string | null;
                            payload: {
                                [key: string]: unknown;
                            };
                            assignedUserId: string | null;
                            assignedName: string | null;
                            offeredAt: string | null;
                            assignedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-items/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Anliegen einer anderen Person zuweisen oder zurück in die Warteschlange (Teamleitung) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        userId: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            /** @enum {string} */
                            channel: "email" | "web_form" | "chat" | "callback";
                            /** @enum {string} */
                            status: "waiting" | "offered" | "assigned" | "done" | "cancelled";
                            priority: number;
                            topic: string | null;
                            language: string;
                            dueAt: string | null;
                            /** Format: date-time */
                            enqueuedAt: string;
                            subject: string;
                            fromName: string | null;
                            fromAddress: string | null;
                            body: string | null;
                            payload: {
                                [key: string]: unknown;
                            };
                            assignedUserId: string | null;
                            assignedName: string | null;
                            offeredAt: string | null;
                            assignedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-items/{id}/chat-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Im Chat antworten */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {string} */
                            author: "visitor" | "agent";
                            authorName: string | null;
                            body: string;
                            /** Format: date-time */
                            at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/desktop/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Eigenen Agentenstatus setzen */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        state: "available" | "on_call" | "wrap_up" | "break" | "offline";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agentinnen und Agenten mit Status (Teamleitung) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agents/{id}/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Fähigkeiten einer Person (Mandanten, Themen, Sprachen) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        tenantIds: string[];
                        topics: string[];
                        languages: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/trained-agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Für einen Mandanten geschulte Agentinnen und Agenten (Betriebsbereitschaft) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                userId: string;
                                displayName: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Geschulte Agentinnen und Agenten eines Mandanten festlegen (genau diese) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        userIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                userId: string;
                                displayName: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Städte und Gemeinden für Kontaktformular und Chat */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                slug: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/contact-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kontaktformular absenden */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        tenant: string;
                        name: string;
                        /** Format: email */
                        email: string;
                        subject: string;
                        message: string;
                        /**
                         * @default de
                         * @enum {string}
                         */
                        language?: "de" | "en" | "tr" | "ar" | "ru" | "uk";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/chats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Web-Chat beginnen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        tenant: string;
                        name?: string;
                        message: string;
                        /**
                         * @default de
                         * @enum {string}
                         */
                        language?: "de" | "en" | "tr" | "ar" | "ru" | "uk";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            reference: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/chats/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chat: Platz in der Warteschlange und Nachrichten */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            referenceCode: string | null;
                            /** @enum {string} */
                            status: "waiting" | "offered" | "assigned" | "done" | "cancelled";
                            position: number | null;
                            agentName: string | null;
                            messages: {
                                id: number;
                                /** @enum {string} */
                                author: "visitor" | "agent";
                                authorName: string | null;
                                body: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/chats/{token}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Chat: Nachricht schreiben */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {string} */
                            author: "visitor" | "agent";
                            authorName: string | null;
                            body: string;
                            /** Format: date-time */
                            at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/appointments/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verwaltungen, Standorte und buchbare Leistungen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tenants: {
                                id: string;
                                slug: string;
                                name: string;
                                locations: {
                                    id: string;
                                    tenantId: string;
                                    /** @enum {string} */
                                    kind: "buergerbuero" | "auslaenderbehoerde";
                                    name: string;
                                    street: string;
                                    postalCode: string;
                                    city: string;
                                    phone: string | null;
                                    email: string | null;
                                    accessibility: string | null;
                                    latitude: number;
                                    longitude: number;
                                    slotMinutes: number;
                                    serviceCodes: string[];
                                }[];
                                services: {
                                    code: string;
                                    name: string;
                                    leikaKey: string | null;
                                    durationMinutes: number;
                                    maxQuantity: number;
                                    bring: string | null;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/appointments/challenge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rechenaufgabe (Proof of Work) für eine Reservierung */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            challenge: string;
                            bits: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/appointments/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Freie Termine suchen (auch in Nachbarkommunen) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        tenantId: string;
                        services: {
                            code: string;
                            /** @default 1 */
                            quantity?: number;
                        }[];
                        /**
                         * @default buergerbuero
                         * @enum {string}
                         */
                        locationKind?: "buergerbuero" | "auslaenderbehoerde";
                        /** @default false */
                        includeNeighbours?: boolean;
                        /** @default 15 */
                        radiusKm?: number;
                        /** Format: uuid */
                        locationId?: string;
                        /** Format: date */
                        fromDate?: string;
                        /** @default 28 */
                        days?: number;
                        /** @default 40 */
                        slotsPerLocation?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            durationMinutes: number;
                            locations: {
                                location: {
                                    id: string;
                                    tenantId: string;
                                    /** @enum {string} */
                                    kind: "buergerbuero" | "auslaenderbehoerde";
                                    name: string;
                                    street: string;
                                    postalCode: string;
                                    city: string;
                                    phone: string | null;
                                    email: string | null;
                                    accessibility: string | null;
                                    latitude: number;
                                    longitude: number;
                                    slotMinutes: number;
                                };
                                tenantName: string;
                                distanceKm: number;
                                durationMinutes: number;
                                slots: {
                                    start: string;
                                    end: string;
                                    freeSeats: number;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/appointments/holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Termin für einige Minuten reservieren */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        locationId: string;
                        /** Format: date-time */
                        start: string;
                        services: {
                            code: string;
                            /** @default 1 */
                            quantity?: number;
                        }[];
                        challenge: string;
                        nonce: string;
                        website?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            holdId: string;
                            holdSecret: string;
                            expiresAt: string;
                            start: string;
                            end: string;
                            seat: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/appointments/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reservierten Termin verbindlich buchen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        holdId: string;
                        holdSecret: string;
                        idempotencyKey: string;
                        name: string;
                        /** @default null */
                        email?: string | null;
                        /** @default null */
                        phone?: string | null;
                        website?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appointment: {
                                id: string;
                                tenantId: string;
                                locationId: string;
                                reference: string;
                                /** @enum {string} */
                                status: "booked" | "checked_in" | "completed" | "no_show" | "cancelled";
                                /** @enum {string} */
                                channel: "online" | "callcenter" | "internal";
                                /** Format: date-time */
                                startsAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                seat: number;
                                services: {
                                    serviceId: string;
                                    code: string;
                                    name: string;
                                    quantity: number;
                                    minutes: number;
                                }[];
                                name: string;
                                email: string | null;
                                phone: string | null;
                                checkedInAt: string | null;
                                noShowAt: string | null;
                                cancelledAt: string | null;
                            };
                            cancelCode: string | null;
                            location: {
                                id: string;
                                tenantId: string;
                                /** @enum {string} */
                                kind: "buergerbuero" | "auslaenderbehoerde";
                                name: string;
                                street: string;
                                postalCode: string;
                                city: string;
                                phone: string | null;
                                email: string | null;
                                accessibility: string | null;
                                latitude: number;
                                longitude: number;
                                slotMinutes: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/appointments/manage/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Eigenen Termin mit Terminnummer und Code ansehen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reference: string;
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appointment: {
                                id: string;
                                tenantId: string;
                                locationId: string;
                                reference: string;
                                /** @enum {string} */
                                status: "booked" | "checked_in" | "completed" | "no_show" | "cancelled";
                                /** @enum {string} */
                                channel: "online" | "callcenter" | "internal";
                                /** Format: date-time */
                                startsAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                seat: number;
                                services: {
                                    serviceId: string;
                                    code: string;
                                    name: string;
                                    quantity: number;
                                    minutes: number;
                                }[];
                                name: string;
                                email: string | null;
                                phone: string | null;
                                checkedInAt: string | null;
                                noShowAt: string | null;
                                cancelledAt: string | null;
                            };
                            location: {
                                id: string;
                                tenantId: string;
                                /** @enum {string} */
                                kind: "buergerbuero" | "auslaenderbehoerde";
                                name: string;
                                street: string;
                                postalCode: string;
                                city: string;
                                phone: string | null;
                                email: string | null;
                                accessibility: string | null;
                                latitude: number;
                                longitude: number;
                                slotMinutes: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/appointments/manage/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Eigenen Termin absagen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reference: string;
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            tenantId: string;
                            locationId: string;
                            reference: string;
                            /** @enum {string} */
                            status: "booked" | "checked_in" | "completed" | "no_show" | "cancelled";
                            /** @enum {string} */
                            channel: "online" | "callcenter" | "internal";
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            seat: number;
                            services: {
                                serviceId: string;
                                code: string;
                                name: string;
                                quantity: number;
                                minutes: number;
                            }[];
                            name: string;
                            email: string | null;
                            phone: string | null;
                            checkedInAt: string | null;
                            noShowAt: string | null;
                            cancelledAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/appointments/manage/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Eigenen Termin auf einen reservierten Termin verschieben */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reference: string;
                        code: string;
                        /** Format: uuid */
                        holdId: string;
                        holdSecret: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appointment: {
                                id: string;
                                tenantId: string;
                                locationId: string;
                                reference: string;
                                /** @enum {string} */
                                status: "booked" | "checked_in" | "completed" | "no_show" | "cancelled";
                                /** @enum {string} */
                                channel: "online" | "callcenter" | "internal";
                                /** Format: date-time */
                                startsAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                seat: number;
                                services: {
                                    serviceId: string;
                                    code: string;
                                    name: string;
                                    quantity: number;
                                    minutes: number;
                                }[];
                                name: string;
                                email: string | null;
                                phone: string | null;
                                checkedInAt: string | null;
                                noShowAt: string | null;
                                cancelledAt: string | null;
                            };
                            cancelCode: string | null;
                            location: {
                                id: string;
                                tenantId: string;
                                /** @enum {string} */
                                kind: "buergerbuero" | "auslaenderbehoerde";
                                name: string;
                                street: string;
                                postalCode: string;
                                city: string;
                                phone: string | null;
                                email: string | null;
                                accessibility: string | null;
                                latitude: number;
                                longitude: number;
                                slotMinutes: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/appointments/waitlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Auf die Warteliste setzen lassen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        tenantId: string;
                        /** @default null */
                        locationId?: string | null;
                        services: {
                            code: string;
                            /** @default 1 */
                            quantity?: number;
                        }[];
                        name: string;
                        email: string;
                        /** @default null */
                        phone?: string | null;
                        /** Format: date */
                        earliestDate: string;
                        /** Format: date */
                        latestDate: string;
                        website?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            status: string;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/appointments/offers/view": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Terminangebot aus der Warteliste ansehen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        entryId: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/appointments/offers/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Terminangebot aus der Warteliste annehmen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        entryId: string;
                        token: string;
                        idempotencyKey: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appointment: {
                                id: string;
                                tenantId: string;
                                locationId: string;
                                reference: string;
                                /** @enum {string} */
                                status: "booked" | "checked_in" | "completed" | "no_show" | "cancelled";
                                /** @enum {string} */
                                channel: "online" | "callcenter" | "internal";
                                /** Format: date-time */
                                startsAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                seat: number;
                                services: {
                                    serviceId: string;
                                    code: string;
                                    name: string;
                                    quantity: number;
                                    minutes: number;
                                }[];
                                name: string;
                                email: string | null;
                                phone: string | null;
                                checkedInAt: string | null;
                                noShowAt: string | null;
                                cancelledAt: string | null;
                            };
                            cancelCode: string | null;
                            location: {
                                id: string;
                                tenantId: string;
                                /** @enum {string} */
                                kind: "buergerbuero" | "auslaenderbehoerde";
                                name: string;
                                street: string;
                                postalCode: string;
                                city: string;
                                phone: string | null;
                                email: string | null;
                                accessibility: string | null;
                                latitude: number;
                                longitude: number;
                                slotMinutes: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Standorte (für Tagesliste und Buchung) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                tenantId: string;
                                /** @enum {string} */
                                kind: "buergerbuero" | "auslaenderbehoerde";
                                name: string;
                                street: string;
                                postalCode: string;
                                city: string;
                                phone: string | null;
                                email: string | null;
                                accessibility: string | null;
                                latitude: number;
                                longitude: number;
                                slotMinutes: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Freie Termine für das Callcenter oder die Dienststelle suchen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        tenantId: string;
                        services: {
                            code: string;
                            /** @default 1 */
                            quantity?: number;
                        }[];
                        /**
                         * @default buergerbuero
                         * @enum {string}
                         */
                        locationKind?: "buergerbuero" | "auslaenderbehoerde";
                        /** @default false */
                        includeNeighbours?: boolean;
                        /** @default 15 */
                        radiusKm?: number;
                        /** Format: uuid */
                        locationId?: string;
                        /** Format: date */
                        fromDate?: string;
                        /** @default 28 */
                        days?: number;
                        /** @default 40 */
                        slotsPerLocation?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            durationMinutes: number;
                            locations: {
                                location: {
                                    id: string;
                                    tenantId: string;
                                    /** @enum {string} */
                                    kind: "buergerbuero" | "auslaenderbehoerde";
                                    name: string;
                                    street: string;
                                    postalCode: string;
                                    city: string;
                                    phone: string | null;
                                    email: string | null;
                                    accessibility: string | null;
                                    latitude: number;
                                    longitude: number;
                                    slotMinutes: number;
                                };
                                tenantName: string;
                                distanceKm: number;
                                durationMinutes: number;
                                slots: {
                                    start: string;
                                    end: string;
                                    freeSeats: number;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Termin während des Gesprächs reservieren */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        locationId: string;
                        /** Format: date-time */
                        start: string;
                        services: {
                            code: string;
                            /** @default 1 */
                            quantity?: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            holdId: string;
                            holdSecret: string;
                            expiresAt: string;
                            start: string;
                            end: string;
                            seat: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reservierten Termin für die anrufende Person buchen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        holdId: string;
                        holdSecret: string;
                        idempotencyKey: string;
                        name: string;
                        /** @default null */
                        email?: string | null;
                        /** @default null */
                        phone?: string | null;
                        website?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appointment: {
                                id: string;
                                tenantId: string;
                                locationId: string;
                                reference: string;
                                /** @enum {string} */
                                status: "booked" | "checked_in" | "completed" | "no_show" | "cancelled";
                                /** @enum {string} */
                                channel: "online" | "callcenter" | "internal";
                                /** Format: date-time */
                                startsAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                seat: number;
                                services: {
                                    serviceId: string;
                                    code: string;
                                    name: string;
                                    quantity: number;
                                    minutes: number;
                                }[];
                                name: string;
                                email: string | null;
                                phone: string | null;
                                checkedInAt: string | null;
                                noShowAt: string | null;
                                cancelledAt: string | null;
                            };
                            cancelCode: string | null;
                            location: {
                                id: string;
                                tenantId: string;
                                /** @enum {string} */
                                kind: "buergerbuero" | "auslaenderbehoerde";
                                name: string;
                                street: string;
                                postalCode: string;
                                city: string;
                                phone: string | null;
                                email: string | null;
                                accessibility: string | null;
                                latitude: number;
                                longitude: number;
                                slotMinutes: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/waitlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Anrufende Person auf die Warteliste setzen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        tenantId: string;
                        /** @default null */
                        locationId?: string | null;
                        services: {
                            code: string;
                            /** @default 1 */
                            quantity?: number;
                        }[];
                        name: string;
                        email: string;
                        /** @default null */
                        phone?: string | null;
                        /** Format: date */
                        earliestDate: string;
                        /** Format: date */
                        latestDate: string;
                        website?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            status: string;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/locations/{id}/day": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tagesliste eines Standorts je Schalter */
        get: {
            parameters: {
                query?: {
                    date?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ankunft erfassen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            tenantId: string;
                            locationId: string;
                            reference: string;
                            /** @enum {string} */
                            status: "booked" | "checked_in" | "completed" | "no_show" | "cancelled";
                            /** @enum {string} */
                            channel: "online" | "callcenter" | "internal";
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            seat: number;
                            services: {
                                serviceId: string;
                                code: string;
                                name: string;
                                quantity: number;
                                minutes: number;
                            }[];
                            name: string;
                            email: string | null;
                            phone: string | null;
                            checkedInAt: string | null;
                            noShowAt: string | null;
                            cancelledAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nicht erschienen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            tenantId: string;
                            locationId: string;
                            reference: string;
                            /** @enum {string} */
                            status: "booked" | "checked_in" | "completed" | "no_show" | "cancelled";
                            /** @enum {string} */
                            channel: "online" | "callcenter" | "internal";
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            seat: number;
                            services: {
                                serviceId: string;
                                code: string;
                                name: string;
                                quantity: number;
                                minutes: number;
                            }[];
                            name: string;
                            email: string | null;
                            phone: string | null;
                            checkedInAt: string | null;
                            noShowAt: string | null;
                            cancelledAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Termin absagen (Dienststelle oder Callcenter) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            tenantId: string;
                            locationId: string;
                            reference: string;
                            /** @enum {string} */
                            status: "booked" | "checked_in" | "completed" | "no_show" | "cancelled";
                            /** @enum {string} */
                            channel: "online" | "callcenter" | "internal";
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            seat: number;
                            services: {
                                serviceId: string;
                                code: string;
                                name: string;
                                quantity: number;
                                minutes: number;
                            }[];
                            name: string;
                            email: string | null;
                            phone: string | null;
                            checkedInAt: string | null;
                            noShowAt: string | null;
                            cancelledAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/appointment-services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Buchbare Leistungen eines Mandanten, auch deaktivierte, mit Version (Administration) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                tenantId: string;
                                code: string;
                                name: string;
                                leikaKey: string | null;
                                durationMinutes: number;
                                horizonDays: number;
                                leadMinutes: number;
                                maxQuantity: number;
                                bring: string | null;
                                active: boolean;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Buchbare Leistung anlegen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        /** @default null */
                        leikaKey?: string | null;
                        durationMinutes: number;
                        /** @default 42 */
                        horizonDays?: number;
                        /** @default 60 */
                        leadMinutes?: number;
                        /** @default 1 */
                        maxQuantity?: number;
                        /** @default null */
                        bring?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/appointment-locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Standort mit Öffnungszeiten und Kontingenten anlegen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "buergerbuero" | "auslaenderbehoerde";
                        name: string;
                        street: string;
                        postalCode: string;
                        city: string;
                        /** @default null */
                        phone?: string | null;
                        /** @default null */
                        email?: string | null;
                        /** @default null */
                        accessibility?: string | null;
                        latitude: number;
                        longitude: number;
                        /** @default 15 */
                        slotMinutes?: number;
                        /** @default 60 */
                        cancelBlockMinutes?: number;
                        /** @default [] */
                        serviceCodes?: string[];
                        /** @default [] */
                        openingHours?: {
                            weekday: number;
                            opens: string;
                            closes: string;
                            seats: number;
                            callcenterSeats: number;
                            onlineSeats: number;
                            /** @default null */
                            validFrom?: string | null;
                            /** @default null */
                            validUntil?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            tenantId: string;
                            /** @enum {string} */
                            kind: "buergerbuero" | "auslaenderbehoerde";
                            name: string;
                            street: string;
                            postalCode: string;
                            city: string;
                            phone: string | null;
                            email: string | null;
                            accessibility: string | null;
                            latitude: number;
                            longitude: number;
                            slotMinutes: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/locations/{id}/exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Schließtag oder Sonderöffnung eintragen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        day: string;
                        closed: boolean;
                        /** @default null */
                        opens?: string | null;
                        /** @default null */
                        closes?: string | null;
                        /** @default null */
                        seats?: number | null;
                        /** @default null */
                        callcenterSeats?: number | null;
                        /** @default null */
                        onlineSeats?: number | null;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/admin/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alle Standorte, auch deaktivierte, mit Version (Administration) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                tenantId: string;
                                /** @enum {string} */
                                kind: "buergerbuero" | "auslaenderbehoerde";
                                name: string;
                                street: string;
                                postalCode: string;
                                city: string;
                                phone: string | null;
                                email: string | null;
                                accessibility: string | null;
                                latitude: number;
                                longitude: number;
                                slotMinutes: number;
                                active: boolean;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/locations/{id}/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Standort zum Bearbeiten: Felder, Version, Leistungen, Öffnungszeiten mit Plätzen je Kanal, kommende Ausnahmen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            tenantId: string;
                            /** @enum {string} */
                            kind: "buergerbuero" | "auslaenderbehoerde";
                            name: string;
                            street: string;
                            postalCode: string;
                            city: string;
                            phone: string | null;
                            email: string | null;
                            accessibility: string | null;
                            latitude: number;
                            longitude: number;
                            slotMinutes: number;
                            cancelBlockMinutes: number;
                            active: boolean;
                            version: number;
                            serviceCodes: string[];
                            openingHours: {
                                weekday: number;
                                opens: string;
                                closes: string;
                                seats: number;
                                callcenterSeats: number;
                                onlineSeats: number;
                                validFrom: string | null;
                                validUntil: string | null;
                            }[];
                            exceptions: {
                                /** Format: uuid */
                                id: string;
                                day: string;
                                closed: boolean;
                                opens: string | null;
                                closes: string | null;
                                seats: number | null;
                                callcenterSeats: number | null;
                                onlineSeats: number | null;
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/locations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Standort deaktivieren (mit der gelesenen Version; abgelehnt, solange dort Termine gebucht sind) */
        delete: {
            parameters: {
                query: {
                    version: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            tenantId: string;
                            /** @enum {string} */
                            kind: "buergerbuero" | "auslaenderbehoerde";
                            name: string;
                            street: string;
                            postalCode: string;
                            city: string;
                            phone: string | null;
                            email: string | null;
                            accessibility: string | null;
                            latitude: number;
                            longitude: number;
                            slotMinutes: number;
                            active: boolean;
                            version: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Standort ändern (mit der gelesenen Version; 409, wenn inzwischen geändert); serviceCodes und openingHours ersetzen, wenn gesendet, die ganze Liste */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @enum {string} */
                        kind?: "buergerbuero" | "auslaenderbehoerde";
                        name?: string;
                        street?: string;
                        postalCode?: string;
                        city?: string;
                        phone?: string | null;
                        email?: string | null;
                        accessibility?: string | null;
                        latitude?: number;
                        longitude?: number;
                        slotMinutes?: number;
                        cancelBlockMinutes?: number;
                        serviceCodes?: string[];
                        openingHours?: {
                            weekday: number;
                            opens: string;
                            closes: string;
                            seats: number;
                            callcenterSeats: number;
                            onlineSeats: number;
                            /** @default null */
                            validFrom?: string | null;
                            /** @default null */
                            validUntil?: string | null;
                        }[];
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            tenantId: string;
                            /** @enum {string} */
                            kind: "buergerbuero" | "auslaenderbehoerde";
                            name: string;
                            street: string;
                            postalCode: string;
                            city: string;
                            phone: string | null;
                            email: string | null;
                            accessibility: string | null;
                            latitude: number;
                            longitude: number;
                            slotMinutes: number;
                            cancelBlockMinutes: number;
                            active: boolean;
                            version: number;
                            serviceCodes: string[];
                            openingHours: {
                                weekday: number;
                                opens: string;
                                closes: string;
                                seats: number;
                                callcenterSeats: number;
                                onlineSeats: number;
                                validFrom: string | null;
                                validUntil: string | null;
                            }[];
                            exceptions: {
                                /** Format: uuid */
                                id: string;
                                day: string;
                                closed: boolean;
                                opens: string | null;
                                closes: string | null;
                                seats: number | null;
                                callcenterSeats: number | null;
                                onlineSeats: number | null;
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/appointments/locations/{id}/exceptions/{exceptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Schließtag oder Sonderöffnung entfernen */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    exceptionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Buchbare Leistung deaktivieren (mit der gelesenen Version; gebuchte Termine bleiben) */
        delete: {
            parameters: {
                query: {
                    version: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            code: string;
                            name: string;
                            leikaKey: string | null;
                            durationMinutes: number;
                            horizonDays: number;
                            leadMinutes: number;
                            maxQuantity: number;
                            bring: string | null;
                            active: boolean;
                            version: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Buchbare Leistung ändern, z. B. die Dauer (mit der gelesenen Version; gebuchte Termine behalten ihre Dauer) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        name?: string;
                        leikaKey?: string | null;
                        durationMinutes?: number;
                        horizonDays?: number;
                        leadMinutes?: number;
                        maxQuantity?: number;
                        bring?: string | null;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            code: string;
                            name: string;
                            leikaKey: string | null;
                            durationMinutes: number;
                            horizonDays: number;
                            leadMinutes: number;
                            maxQuantity: number;
                            bring: string | null;
                            active: boolean;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/knowledge/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leistungen suchen (für den Wohnort des Anrufers) */
        get: {
            parameters: {
                query: {
                    q: string;
                    municipality?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            searchId: string | null;
                            municipality: {
                                /** Format: uuid */
                                id: string;
                                slug: string;
                                name: string;
                                officialName: string;
                            } | null;
                            corrections: {
                                from: string;
                                to: string;
                            }[];
                            items: {
                                /** Format: uuid */
                                serviceId: string;
                                leikaKey: string;
                                title: string;
                                category: string;
                                /** @enum {string} */
                                responsibility: "municipality" | "region" | "region_or_host";
                                score: number;
                                shortText: string;
                                tenant: {
                                    /** Format: uuid */
                                    id: string;
                                    slug: string;
                                    name: string;
                                    officialName: string;
                                } | null;
                                responsibleUnit: {
                                    unitName: string;
                                    street: string | null;
                                    postalCode: string | null;
                                    city: string | null;
                                    openingHours: string | null;
                                    phone: string | null;
                                    email: string | null;
                                    web: string | null;
                                    localFees: string | null;
                                    localNotes: string | null;
                                    verifiedBy: string | null;
                                    verifiedAt: string | null;
                                    reviewDue: string;
                                    isOverdue: boolean;
                                    version: number;
                                } | null;
                                highlights: {
                                    title: {
                                        text: string;
                                        hit: boolean;
                                    }[];
                                    shortText: {
                                        text: string;
                                        hit: boolean;
                                    }[];
                                };
                                verifiedBy: string | null;
                                verifiedAt: string | null;
                                reviewDue: string;
                                answerText: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/searches/{id}/click": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Treffer geöffnet (für Wissenslücken) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        leikaKey: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leistungskatalog */
        get: {
            parameters: {
                query?: {
                    category?: "buergeramt" | "standesamt" | "fahrzeuge" | "fuehrerschein" | "abfall" | "steuern" | "gewerbe" | "bauen" | "auslaender" | "soziales" | "schule_kita" | "ordnung" | "verkehr" | "umwelt_gesundheit";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                title: string;
                                category: string;
                                /** @enum {string} */
                                responsibility: "municipality" | "region" | "region_or_host";
                                ozgId?: string | null;
                                shortText: string;
                                fullText?: string | null;
                                eligibility?: string | null;
                                requiredDocuments?: string | null;
                                fees?: string | null;
                                deadlines?: string | null;
                                processingTime?: string | null;
                                procedure?: string | null;
                                legalBasis?: string | null;
                                forms?: string | null;
                                onlineServiceUrl?: string | null;
                                notes?: string | null;
                                keywords: string[];
                                /** @default 12 */
                                reviewIntervalMonths: number;
                                en?: {
                                    title?: string | null;
                                    shortText?: string | null;
                                    fullText?: string | null;
                                    eligibility?: string | null;
                                    requiredDocuments?: string | null;
                                    fees?: string | null;
                                    deadlines?: string | null;
                                    processingTime?: string | null;
                                    procedure?: string | null;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                leikaKey: string;
                                status: string;
                                reviewDue: string;
                                verifiedBy: string | null;
                                verifiedAt: string | null;
                                version: number;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/services/{leikaKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eine Leistung mit örtlicher Zuständigkeit */
        get: {
            parameters: {
                query?: {
                    municipality?: string;
                };
                header?: never;
                path: {
                    leikaKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            service: {
                                title: string;
                                category: string;
                                /** @enum {string} */
                                responsibility: "municipality" | "region" | "region_or_host";
                                ozgId?: string | null;
                                shortText: string;
                                fullText?: string | null;
                                eligibility?: string | null;
                                requiredDocuments?: string | null;
                                fees?: string | null;
                                deadlines?: string | null;
                                processingTime?: string | null;
                                procedure?: string | null;
                                legalBasis?: string | null;
                                forms?: string | null;
                                onlineServiceUrl?: string | null;
                                notes?: string | null;
                                keywords: string[];
                                /** @default 12 */
                                reviewIntervalMonths: number;
                                en?: {
                                    title?: string | null;
                                    shortText?: string | null;
                                    fullText?: string | null;
                                    eligibility?: string | null;
                                    requiredDocuments?: string | null;
                                    fees?: string | null;
                                    deadlines?: string | null;
                                    processingTime?: string | null;
                                    procedure?: string | null;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                leikaKey: string;
                                status: string;
                                reviewDue: string;
                                verifiedBy: string | null;
                                verifiedAt: string | null;
                                version: number;
                                /** Format: date-time */
                                updatedAt: string;
                            };
                            municipality: {
                                /** Format: uuid */
                                id: string;
                                slug: string;
                                name: string;
                                officialName: string;
                            } | null;
                            tenant: {
                                /** Format: uuid */
                                id: string;
                                slug: string;
                                name: string;
                                officialName: string;
                            } | null;
                            responsibleUnit: {
                                unitName: string;
                                street: string | null;
                                postalCode: string | null;
                                city: string | null;
                                openingHours: string | null;
                                phone: string | null;
                                email: string | null;
                                web: string | null;
                                localFees: string | null;
                                localNotes: string | null;
                                verifiedBy: string | null;
                                verifiedAt: string | null;
                                reviewDue: string;
                                isOverdue: boolean;
                                version: number;
                            } | null;
                            answerText: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/services/{leikaKey}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Versionen mit Änderungen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    leikaKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                tenantId: string;
                                /** @enum {string} */
                                part: "shared" | "local";
                                versionNo: number;
                                diff: {
                                    [key: string]: {
                                        from: unknown;
                                        to: unknown;
                                    };
                                };
                                source: string;
                                publishedBy: string;
                                /** Format: date-time */
                                publishedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/services/{leikaKey}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Eintrag als geprüft bestätigen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    leikaKey: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        part: "shared" | "local";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            leikaKey: string;
                            /** @enum {string} */
                            part: "shared" | "local";
                            verifiedBy: string;
                            reviewDue: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entwürfe der eigenen Redaktion */
        get: {
            parameters: {
                query?: {
                    status?: "draft" | "in_review" | "published" | "rejected" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                tenantId: string;
                                serviceId: string | null;
                                leikaKey: string;
                                /** @enum {string} */
                                part: "shared" | "local";
                                content: {
                                    [key: string]: unknown;
                                };
                                baseVersion: number | null;
                                status: string;
                                createdBy: string;
                                submittedBy: string | null;
                                submittedAt: string | null;
                                reviewedBy: string | null;
                                reviewedAt: string | null;
                                reviewComment: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Entwurf anlegen (gemeinsamer Text oder örtlicher Teil) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        part: "shared";
                        leikaKey: string;
                        content: {
                            title: string;
                            /** @enum {string} */
                            category: "buergeramt" | "standesamt" | "fahrzeuge" | "fuehrerschein" | "abfall" | "steuern" | "gewerbe" | "bauen" | "auslaender" | "soziales" | "schule_kita" | "ordnung" | "verkehr" | "umwelt_gesundheit";
                            /** @enum {string} */
                            responsibility: "municipality" | "region" | "region_or_host";
                            ozgId?: string | null;
                            shortText: string;
                            fullText?: string | null;
                            eligibility?: string | null;
                            requiredDocuments?: string | null;
                            fees?: string | null;
                            deadlines?: string | null;
                            processingTime?: string | null;
                            procedure?: string | null;
                            legalBasis?: string | null;
                            forms?: string | null;
                            onlineServiceUrl?: string | null;
                            notes?: string | null;
                            /** @default [] */
                            keywords?: string[];
                            /** @default 12 */
                            reviewIntervalMonths?: number;
                            en?: {
                                title?: string | null;
                                shortText?: string | null;
                                fullText?: string | null;
                                eligibility?: string | null;
                                requiredDocuments?: string | null;
                                fees?: string | null;
                                deadlines?: string | null;
                                processingTime?: string | null;
                                procedure?: string | null;
                            } | null;
                        };
                    } | {
                        /** @enum {string} */
                        part: "local";
                        leikaKey: string;
                        content: {
                            unitName: string;
                            street?: string | null;
                            postalCode?: string | null;
                            city?: string | null;
                            openingHours?: string | null;
                            phone?: string | null;
                            email?: string | null;
                            web?: string | null;
                            localFees?: string | null;
                            localNotes?: string | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            serviceId: string | null;
                            leikaKey: string;
                            /** @enum {string} */
                            part: "shared" | "local";
                            content: {
                                [key: string]: unknown;
                            };
                            baseVersion: number | null;
                            status: string;
                            createdBy: string;
                            submittedBy: string | null;
                            submittedAt: string | null;
                            reviewedBy: string | null;
                            reviewedAt: string | null;
                            reviewComment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/drafts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Entwurf ändern */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        content: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            serviceId: string | null;
                            leikaKey: string;
                            /** @enum {string} */
                            part: "shared" | "local";
                            content: {
                                [key: string]: unknown;
                            };
                            baseVersion: number | null;
                            status: string;
                            createdBy: string;
                            submittedBy: string | null;
                            submittedAt: string | null;
                            reviewedBy: string | null;
                            reviewedAt: string | null;
                            reviewComment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/knowledge/drafts/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Entwurf zur Prüfung geben */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            serviceId: string | null;
                            leikaKey: string;
                            /** @enum {string} */
                            part: "shared" | "local";
                            content: {
                                [key: string]: unknown;
                            };
                            baseVersion: number | null;
                            status: string;
                            createdBy: string;
                            submittedBy: string | null;
                            submittedAt: string | null;
                            reviewedBy: string | null;
                            reviewedAt: string | null;
                            reviewComment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/drafts/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Geprüften Entwurf veröffentlichen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            serviceId: string | null;
                            leikaKey: string;
                            /** @enum {string} */
                            part: "shared" | "local";
                            content: {
                                [key: string]: unknown;
                            };
                            baseVersion: number | null;
                            status: string;
                            createdBy: string;
                            submittedBy: string | null;
                            submittedAt: string | null;
                            reviewedBy: string | null;
                            reviewedAt: string | null;
                            reviewComment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/drafts/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Entwurf zurückweisen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            serviceId: string | null;
                            leikaKey: string;
                            /** @enum {string} */
                            part: "shared" | "local";
                            content: {
                                [key: string]: unknown;
                            };
                            baseVersion: number | null;
                            status: string;
                            createdBy: string;
                            submittedBy: string | null;
                            submittedAt: string | null;
                            reviewedBy: string | null;
                            reviewedAt: string | null;
                            reviewComment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/freshness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Aktualität: fällige und unvollständige Einträge eines Mandanten */
        get: {
            parameters: {
                query?: {
                    tenantId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tenant: {
                                /** Format: uuid */
                                id: string;
                                slug: string;
                                name: string;
                                officialName: string;
                            };
                            today: string;
                            summary: {
                                total: number;
                                overdue: number;
                                dueSoon: number;
                                incomplete: number;
                                sharedOverdue: number;
                            };
                            local: {
                                /** Format: uuid */
                                id: string;
                                leikaKey: string;
                                title: string;
                                reviewDue: string;
                                verifiedBy: string | null;
                                verifiedAt: string | null;
                                isOverdue: boolean;
                                missing: string[];
                            }[];
                            shared: {
                                /** Format: uuid */
                                id: string;
                                leikaKey: string;
                                title: string;
                                reviewDue: string;
                                verifiedBy: string | null;
                                verifiedAt: string | null;
                                isOverdue: boolean;
                                missing: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/freshness/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Aktualität aller Mandanten */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                total: number;
                                overdue: number;
                                dueSoon: number;
                                incomplete: number;
                                tenant: {
                                    /** Format: uuid */
                                    id: string;
                                    slug: string;
                                    name: string;
                                    officialName: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/review-reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erinnerungen an fällige Überprüfungen erzeugen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                tenant: {
                                    /** Format: uuid */
                                    id: string;
                                    slug: string;
                                    name: string;
                                    officialName: string;
                                };
                                overdue: number;
                                dueSoon: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Wissenslücken: Suchen ohne brauchbaren Treffer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                tenantId: string;
                                tenant: {
                                    /** Format: uuid */
                                    id: string;
                                    slug: string;
                                    name: string;
                                    officialName: string;
                                };
                                query: string;
                                searches: number;
                                noResult: number;
                                noClick: number;
                                documentedOther: number;
                                documentedLeikaKey: string | null;
                                /** Format: date-time */
                                lastSearchedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/gaps/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Wissenslücke als erledigt markieren */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        tenantId: string;
                        query: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            resolved: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/synonyms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Synonyme und Umgangssprache */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                term: string;
                                expansion: string;
                                leikaKey: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Synonym anlegen (Zentralredaktion) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        term: string;
                        expansion: string;
                        leikaKey?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            term: string;
                            expansion: string;
                            leikaKey: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/synonyms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Synonym löschen (Zentralredaktion) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import: CSV erst alles prüfen, dann ganz oder gar nicht; XZuFi-XML je Datensatz (abgelehnte mit Grund im Bericht, die übrigen übernommen) */
        post: {
            parameters: {
                query: {
                    part: "shared" | "local";
                    format: "csv" | "xzufi";
                    category?: "buergeramt" | "standesamt" | "fahrzeuge" | "fuehrerschein" | "abfall" | "steuern" | "gewerbe" | "bauen" | "auslaender" | "soziales" | "schule_kita" | "ordnung" | "verkehr" | "umwelt_gesundheit";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/import/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import als Datei hochladen (CSV oder XZuFi; im Hintergrund, mit Fortschritt, abbrechbar; nichts halb übernommen)
         * @description Der Anfragekörper ist die Datei selbst (beliebiger Inhaltstyp, z. B. text/plain, text/csv, application/xml), bis IMPORT_MAX_MB. Antwort 202 mit dem Import; Stand mit GET /api/v1/imports/{id}, Abbruch mit DELETE /api/v1/imports/{id}.
         */
        post: {
            parameters: {
                query: {
                    part: "shared" | "local";
                    format: "csv" | "xzufi";
                    category?: "buergeramt" | "standesamt" | "fahrzeuge" | "fuehrerschein" | "abfall" | "steuern" | "gewerbe" | "bauen" | "auslaender" | "soziales" | "schule_kita" | "ordnung" | "verkehr" | "umwelt_gesundheit";
                    fileName?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            fileName: string;
                            /** @enum {string} */
                            status: "receiving" | "processing" | "completed" | "rejected" | "cancelled" | "failed";
                            /** @description Was gerade geschieht (Hochladen, Prüfen, Speichern), solange der Import läuft */
                            phase: string | null;
                            bytesTotal: number | null;
                            bytesReceived: number;
                            /** @description Anteil der Datei, der verarbeitet ist (0 bis 1) */
                            share: number | null;
                            rowsRead: number;
                            rowsAccepted: number;
                            rowsRefused: number;
                            /** @description Jede abgewiesene Zeile mit Grund */
                            refused: {
                                row: string;
                                reason: string;
                            }[];
                            result: {
                                [key: string]: unknown;
                            } | null;
                            message: string | null;
                            createdBy: string;
                            /** Format: date-time */
                            createdAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export (CSV oder XZuFi-XML) */
        get: {
            parameters: {
                query?: {
                    part?: "shared" | "local";
                    format?: "csv" | "xzufi";
                    tenantId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/v1/knowledge/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leistungen suchen (öffentlich, zwischenspeicherbar) */
        get: {
            parameters: {
                query: {
                    q: string;
                    municipality?: string;
                    limit?: number;
                    language?: "de" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            municipality: {
                                /** Format: uuid */
                                id: string;
                                slug: string;
                                name: string;
                                officialName: string;
                            } | null;
                            municipalityChoices: {
                                /** Format: uuid */
                                id: string;
                                slug: string;
                                name: string;
                                officialName: string;
                            }[] | null;
                            corrections: {
                                from: string;
                                to: string;
                            }[];
                            items: {
                                /** Format: uuid */
                                serviceId: string;
                                leikaKey: string;
                                title: string;
                                category: string;
                                /** @enum {string} */
                                responsibility: "municipality" | "region" | "region_or_host";
                                score: number;
                                shortText: string;
                                tenant: {
                                    /** Format: uuid */
                                    id: string;
                                    slug: string;
                                    name: string;
                                    officialName: string;
                                } | null;
                                responsibleUnit: {
                                    unitName: string;
                                    street: string | null;
                                    postalCode: string | null;
                                    city: string | null;
                                    openingHours: string | null;
                                    phone: string | null;
                                    email: string | null;
                                    web: string | null;
                                    localFees: string | null;
                                    localNotes: string | null;
                                    verifiedBy: string | null;
                                    verifiedAt: string | null;
                                    reviewDue: string;
                                    isOverdue: boolean;
                                    version: number;
                                } | null;
                                highlights: {
                                    title: {
                                        text: string;
                                        hit: boolean;
                                    }[];
                                    shortText: {
                                        text: string;
                                        hit: boolean;
                                    }[];
                                };
                                verifiedBy: string | null;
                                verifiedAt: string | null;
                                reviewDue: string;
                                en: {
                                    title: string | null;
                                    shortText: string | null;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/v1/knowledge/services/{leikaKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eine Leistung mit zuständiger Stelle (öffentlich, zwischenspeicherbar) */
        get: {
            parameters: {
                query?: {
                    municipality?: string;
                };
                header?: never;
                path: {
                    leikaKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            service: {
                                title: string;
                                category: string;
                                /** @enum {string} */
                                responsibility: "municipality" | "region" | "region_or_host";
                                ozgId?: string | null;
                                shortText: string;
                                fullText?: string | null;
                                eligibility?: string | null;
                                requiredDocuments?: string | null;
                                fees?: string | null;
                                deadlines?: string | null;
                                processingTime?: string | null;
                                procedure?: string | null;
                                legalBasis?: string | null;
                                forms?: string | null;
                                onlineServiceUrl?: string | null;
                                notes?: string | null;
                                keywords: string[];
                                /** @default 12 */
                                reviewIntervalMonths: number;
                                en?: {
                                    title?: string | null;
                                    shortText?: string | null;
                                    fullText?: string | null;
                                    eligibility?: string | null;
                                    requiredDocuments?: string | null;
                                    fees?: string | null;
                                    deadlines?: string | null;
                                    processingTime?: string | null;
                                    procedure?: string | null;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                leikaKey: string;
                                status: string;
                                reviewDue: string;
                                verifiedBy: string | null;
                                verifiedAt: string | null;
                                version: number;
                                /** Format: date-time */
                                updatedAt: string;
                            };
                            municipality: {
                                /** Format: uuid */
                                id: string;
                                slug: string;
                                name: string;
                                officialName: string;
                            } | null;
                            tenant: {
                                /** Format: uuid */
                                id: string;
                                slug: string;
                                name: string;
                                officialName: string;
                            } | null;
                            responsibleUnit: {
                                unitName: string;
                                street: string | null;
                                postalCode: string | null;
                                city: string | null;
                                openingHours: string | null;
                                phone: string | null;
                                email: string | null;
                                web: string | null;
                                localFees: string | null;
                                localNotes: string | null;
                                verifiedBy: string | null;
                                verifiedAt: string | null;
                                reviewDue: string;
                                isOverdue: boolean;
                                version: number;
                            } | null;
                            answerText: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/v1/knowledge/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Themenbereiche mit Zahl der Leistungen (öffentlich, zwischenspeicherbar) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                key: "buergeramt" | "standesamt" | "fahrzeuge" | "fuehrerschein" | "abfall" | "steuern" | "gewerbe" | "bauen" | "auslaender" | "soziales" | "schule_kita" | "ordnung" | "verkehr" | "umwelt_gesundheit";
                                label: string;
                                labelEn: string;
                                services: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/v1/knowledge/topics/{topic}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Die Leistungen eines Themenbereichs (öffentlich, zwischenspeicherbar) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    topic: "buergeramt" | "standesamt" | "fahrzeuge" | "fuehrerschein" | "abfall" | "steuern" | "gewerbe" | "bauen" | "auslaender" | "soziales" | "schule_kita" | "ordnung" | "verkehr" | "umwelt_gesundheit";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            topic: {
                                /** @enum {string} */
                                key: "buergeramt" | "standesamt" | "fahrzeuge" | "fuehrerschein" | "abfall" | "steuern" | "gewerbe" | "bauen" | "auslaender" | "soziales" | "schule_kita" | "ordnung" | "verkehr" | "umwelt_gesundheit";
                                label: string;
                                labelEn: string;
                                services: number;
                            };
                            items: {
                                leikaKey: string;
                                title: string;
                                shortText: string;
                                en: {
                                    title: string | null;
                                    shortText: string | null;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/v1/assistant/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dem Assistenten eine Frage stellen (Antwort nur aus offiziellen Texten) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        conversationId?: string;
                        text: string;
                        municipality?: string;
                        /** @enum {string} */
                        language?: "de" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conversationId: string;
                            reply: {
                                /** @enum {string} */
                                kind: "answer" | "ask_municipality" | "handover" | "emergency" | "clarify";
                                text: string;
                                /** @description Der Text nach Sprachen geteilt (zusammengefügt ergibt er `text`), z. B. der deutsche Auszug in einer englischen Antwort. */
                                parts?: {
                                    text: string;
                                    /** @enum {string} */
                                    lang: "de" | "en";
                                }[];
                                sources: {
                                    leikaKey: string;
                                    title: string;
                                    url: string;
                                }[];
                                actions: {
                                    /** @enum {string} */
                                    kind: "chat" | "callback" | "request" | "appointment";
                                    url?: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/v1/assistant/conversations/{conversationId}/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An einen Menschen übergeben: Live-Chat, Rückruf oder Anfrage, mit dem Verlauf */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conversationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "chat" | "callback" | "request";
                        municipality?: string;
                        name?: string;
                        phone?: string;
                        /** Format: email */
                        email?: string;
                        message?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "chat" | "callback" | "request";
                            chatToken?: string;
                            reference: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staffing/erlang": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erlang C oder Erlang A: Kennzahlen für eine Agentenzahl oder die kleinste Agentenzahl für ein Ziel */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        model: "erlang-c" | "erlang-a";
                        callsPerInterval: number;
                        intervalSeconds: number;
                        ahtSeconds: number;
                        patienceSeconds?: number;
                        targetSeconds: number;
                        agents?: number;
                        serviceLevelTarget?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agents: number;
                            probWait: number;
                            serviceLevel: number;
                            asaSeconds: number;
                            occupancy: number;
                            abandonRate: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staffing/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Personalbedarfsplan einer Woche je halbe Stunde aus der Prognose, mit FTE, Kosten und Prognosefehler je Mandant
         * @description format=csv, xlsx oder pdf liefert den Plan als Datei (Tabelle je halbe Stunde, Summen, Prognosefehler).
         */
        get: {
            parameters: {
                query: {
                    weekStart: string;
                    model?: "erlang-c" | "erlang-a";
                    shrinkage?: number;
                    patienceSeconds?: number;
                    historyWeeks?: number;
                    format?: "json" | "csv" | "xlsx" | "pdf";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            weekStart: string;
                            weekEnd: string;
                            model: string;
                            patienceSeconds: number;
                            patienceEstimated: boolean;
                            patienceBasis: {
                                totalWaitSeconds: number;
                                abandons: number;
                            };
                            shrinkage: number;
                            costPerFteYear: number;
                            weeklyHoursPerFte: number;
                            comparedSlots: number;
                            plan: {
                                slots: {
                                    date: string;
                                    minute: number;
                                    calls: number;
                                    ahtSeconds: number;
                                    agents: number;
                                    positions: number;
                                    serviceLevel: number;
                                    abandonRate: number | null;
                                    staffed: number | null;
                                    status: ("under" | "ok" | "over") | null;
                                }[];
                                fte: number;
                                costPerYear: number;
                                peakAgents: number;
                                workingDays: number;
                            };
                            backtests: {
                                tenantId: string;
                                tenantName: string;
                                intervalMape: number | null;
                                dayMape: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staffing/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gespeicherte Was-wäre-wenn-Szenarien (für das ganze DialogCenter) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            scenarios: {
                                id: string;
                                name: string;
                                request: {
                                    weekStart: string;
                                    /**
                                     * @default erlang-a
                                     * @enum {string}
                                     */
                                    model: "erlang-c" | "erlang-a";
                                    /** @default 0.3 */
                                    shrinkage: number;
                                    patienceSeconds?: number;
                                    /** @default 12 */
                                    historyWeeks: number;
                                    joining?: {
                                        /** Format: uuid */
                                        tenantId: string;
                                        inhabitants?: number;
                                    }[];
                                    comparable?: {
                                        /** Format: uuid */
                                        tenantId: string;
                                        inhabitants: number;
                                    }[];
                                    change?: {
                                        ahtSeconds?: number;
                                        serviceLevelTarget?: number;
                                        targetSeconds?: number;
                                        shrinkage?: number;
                                        patienceSeconds?: number;
                                    };
                                };
                                savedAt: string;
                                savedBy: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Szenario speichern */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        request: {
                            weekStart: string;
                            /**
                             * @default erlang-a
                             * @enum {string}
                             */
                            model?: "erlang-c" | "erlang-a";
                            /** @default 0.3 */
                            shrinkage?: number;
                            patienceSeconds?: number;
                            /** @default 12 */
                            historyWeeks?: number;
                            joining?: {
                                /** Format: uuid */
                                tenantId: string;
                                inhabitants?: number;
                            }[];
                            comparable?: {
                                /** Format: uuid */
                                tenantId: string;
                                inhabitants: number;
                            }[];
                            change?: {
                                ahtSeconds?: number;
                                serviceLevelTarget?: number;
                                targetSeconds?: number;
                                shrinkage?: number;
                                patienceSeconds?: number;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            request: {
                                weekStart: string;
                                /**
                                 * @default erlang-a
                                 * @enum {string}
                                 */
                                model: "erlang-c" | "erlang-a";
                                /** @default 0.3 */
                                shrinkage: number;
                                patienceSeconds?: number;
                                /** @default 12 */
                                historyWeeks: number;
                                joining?: {
                                    /** Format: uuid */
                                    tenantId: string;
                                    inhabitants?: number;
                                }[];
                                comparable?: {
                                    /** Format: uuid */
                                    tenantId: string;
                                    inhabitants: number;
                                }[];
                                change?: {
                                    ahtSeconds?: number;
                                    serviceLevelTarget?: number;
                                    targetSeconds?: number;
                                    shrinkage?: number;
                                    patienceSeconds?: number;
                                };
                            };
                            savedAt: string;
                            savedBy: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staffing/scenarios/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ein gespeichertes Szenario */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            request: {
                                weekStart: string;
                                /**
                                 * @default erlang-a
                                 * @enum {string}
                                 */
                                model: "erlang-c" | "erlang-a";
                                /** @default 0.3 */
                                shrinkage: number;
                                patienceSeconds?: number;
                                /** @default 12 */
                                historyWeeks: number;
                                joining?: {
                                    /** Format: uuid */
                                    tenantId: string;
                                    inhabitants?: number;
                                }[];
                                comparable?: {
                                    /** Format: uuid */
                                    tenantId: string;
                                    inhabitants: number;
                                }[];
                                change?: {
                                    ahtSeconds?: number;
                                    serviceLevelTarget?: number;
                                    targetSeconds?: number;
                                    shrinkage?: number;
                                    patienceSeconds?: number;
                                };
                            };
                            savedAt: string;
                            savedBy: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Szenario ändern (mit der gelesenen Version; 409, wenn es inzwischen geändert wurde) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        request: {
                            weekStart: string;
                            /**
                             * @default erlang-a
                             * @enum {string}
                             */
                            model?: "erlang-c" | "erlang-a";
                            /** @default 0.3 */
                            shrinkage?: number;
                            patienceSeconds?: number;
                            /** @default 12 */
                            historyWeeks?: number;
                            joining?: {
                                /** Format: uuid */
                                tenantId: string;
                                inhabitants?: number;
                            }[];
                            comparable?: {
                                /** Format: uuid */
                                tenantId: string;
                                inhabitants: number;
                            }[];
                            change?: {
                                ahtSeconds?: number;
                                serviceLevelTarget?: number;
                                targetSeconds?: number;
                                shrinkage?: number;
                                patienceSeconds?: number;
                            };
                        };
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            request: {
                                weekStart: string;
                                /**
                                 * @default erlang-a
                                 * @enum {string}
                                 */
                                model: "erlang-c" | "erlang-a";
                                /** @default 0.3 */
                                shrinkage: number;
                                patienceSeconds?: number;
                                /** @default 12 */
                                historyWeeks: number;
                                joining?: {
                                    /** Format: uuid */
                                    tenantId: string;
                                    inhabitants?: number;
                                }[];
                                comparable?: {
                                    /** Format: uuid */
                                    tenantId: string;
                                    inhabitants: number;
                                }[];
                                change?: {
                                    ahtSeconds?: number;
                                    serviceLevelTarget?: number;
                                    targetSeconds?: number;
                                    shrinkage?: number;
                                    patienceSeconds?: number;
                                };
                            };
                            savedAt: string;
                            savedBy: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Szenario löschen (mit der gelesenen Version) */
        delete: {
            parameters: {
                query: {
                    version: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staffing/scenarios/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Das Was-wäre-wenn eines gespeicherten Szenarios, neu gerechnet; als JSON oder Datei (csv, xlsx, pdf) */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv" | "xlsx" | "pdf";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            weekStart: string;
                            before: {
                                fte: number;
                                costPerYear: number;
                                peakAgents: number;
                                agents: {
                                    date: string;
                                    minute: number;
                                    agents: number;
                                }[];
                            };
                            after: {
                                fte: number;
                                costPerYear: number;
                                peakAgents: number;
                                agents: {
                                    date: string;
                                    minute: number;
                                    agents: number;
                                }[];
                            };
                            fteDifference: number;
                            costDifferencePerYear: number;
                            callsPerInhabitantDay: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staffing/what-if": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Was-wäre-wenn: neue Mandanten, andere Bearbeitungszeit, Ziele, Ausfallanteil, Geduld */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        weekStart: string;
                        /**
                         * @default erlang-a
                         * @enum {string}
                         */
                        model?: "erlang-c" | "erlang-a";
                        /** @default 0.3 */
                        shrinkage?: number;
                        patienceSeconds?: number;
                        /** @default 12 */
                        historyWeeks?: number;
                        joining?: {
                            /** Format: uuid */
                            tenantId: string;
                            inhabitants?: number;
                        }[];
                        comparable?: {
                            /** Format: uuid */
                            tenantId: string;
                            inhabitants: number;
                        }[];
                        change?: {
                            ahtSeconds?: number;
                            serviceLevelTarget?: number;
                            targetSeconds?: number;
                            shrinkage?: number;
                            patienceSeconds?: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            weekStart: string;
                            before: {
                                fte: number;
                                costPerYear: number;
                                peakAgents: number;
                                agents: {
                                    date: string;
                                    minute: number;
                                    agents: number;
                                }[];
                            };
                            after: {
                                fte: number;
                                costPerYear: number;
                                peakAgents: number;
                                agents: {
                                    date: string;
                                    minute: number;
                                    agents: number;
                                }[];
                            };
                            fteDifference: number;
                            costDifferencePerYear: number;
                            callsPerInhabitantDay: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staffing/missed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Halbe Stunden eines Monats unter dem Servicelevel-Ziel und die Agentenzahl, die es gehalten hätte */
        get: {
            parameters: {
                query: {
                    month: string;
                    agents?: number;
                    model?: "erlang-c" | "erlang-a";
                    serviceLevelTarget?: number;
                    targetSeconds?: number;
                    patienceSeconds?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            month: string;
                            agents: number;
                            model: string;
                            patienceSeconds: number;
                            intervalsWithCalls: number;
                            missed: {
                                date: string;
                                minute: number;
                                offered: number;
                                measuredServiceLevel: number;
                                ahtSeconds: number;
                                agentsNeeded: number;
                                modelServiceLevelWithAgents: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Einsatzarten mit Standard-Dringlichkeit, Abschlussergebnisse, Funkstatus, Meldewege */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            categories: {
                                code: string;
                                label: string;
                                defaultPriority: number;
                            }[];
                            closeResults: {
                                code: string;
                                label: string;
                            }[];
                            unitStatuses: {
                                code: number;
                                label: string;
                            }[];
                            channels: {
                                code: string;
                                label: string;
                            }[];
                            alertAfterMinutes: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Einsätze (status=open: alle offenen, nach Dringlichkeit und Alter) */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "closed" | "all" | "received" | "assigned" | "acknowledged" | "en_route" | "on_scene" | "finished" | "merged";
                    from?: unknown;
                    to?: unknown;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                /** Format: uuid */
                                tenantId: string;
                                category: string;
                                categoryLabel: string;
                                priority: number;
                                description: string;
                                status: string;
                                location: {
                                    label: string;
                                    lat: number;
                                    lon: number;
                                    district: string | null;
                                    municipality: string;
                                    source: string;
                                    isApproximate: boolean;
                                };
                                hasCallbackNumber: boolean;
                                reportingChannel: string;
                                /** Format: date-time */
                                reportedAt: string;
                                /** Format: date-time */
                                receivedAt: string;
                                assignedAt: string | null;
                                acknowledgedAt: string | null;
                                enRouteAt: string | null;
                                onSceneAt: string | null;
                                finishedAt: string | null;
                                closedAt: string | null;
                                closeResult: string | null;
                                reopenCount: number;
                                mergedIntoId: string | null;
                                units: {
                                    /** Format: uuid */
                                    unitId: string;
                                    callSign: string;
                                    statusCode: number;
                                    /** Format: date-time */
                                    assignedAt: string;
                                    acknowledgedAt: string | null;
                                    enRouteAt: string | null;
                                    onSceneAt: string | null;
                                    releasedAt: string | null;
                                    distanceMeters: number | null;
                                }[];
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Einsatz anlegen (Leitstelle); Antwort mit Duplikat-Hinweisen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category: "noise" | "parking_driveway" | "parking_fire_lane" | "dumped_waste" | "aggressive_begging" | "dog_off_lead" | "dangerous_dog" | "youth_protection" | "alcohol_ban_zone" | "damaged_street_furniture" | "public_hazard" | "other";
                        location: {
                            address?: string;
                            lat?: number;
                            lon?: number;
                            isApproximate?: boolean;
                        };
                        /** @default  */
                        description?: string;
                        priority?: number;
                        callbackNumber?: string | null;
                        /**
                         * @default phone
                         * @enum {string}
                         */
                        reportingChannel?: "phone" | "email" | "web_form" | "police" | "patrol" | "other";
                        reportedAt?: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** Format: uuid */
                            tenantId: string;
                            category: string;
                            categoryLabel: string;
                            priority: number;
                            description: string;
                            status: string;
                            location: {
                                label: string;
                                lat: number;
                                lon: number;
                                district: string | null;
                                municipality: string;
                                source: string;
                                isApproximate: boolean;
                            };
                            hasCallbackNumber: boolean;
                            reportingChannel: string;
                            /** Format: date-time */
                            reportedAt: string;
                            /** Format: date-time */
                            receivedAt: string;
                            assignedAt: string | null;
                            acknowledgedAt: string | null;
                            enRouteAt: string | null;
                            onSceneAt: string | null;
                            finishedAt: string | null;
                            closedAt: string | null;
                            closeResult: string | null;
                            reopenCount: number;
                            mergedIntoId: string | null;
                            units: {
                                /** Format: uuid */
                                unitId: string;
                                callSign: string;
                                statusCode: number;
                                /** Format: date-time */
                                assignedAt: string;
                                acknowledgedAt: string | null;
                                enRouteAt: string | null;
                                onSceneAt: string | null;
                                releasedAt: string | null;
                                distanceMeters: number | null;
                            }[];
                            version: number;
                            duplicates: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                distanceMeters: number;
                                /** Format: date-time */
                                receivedAt: string;
                                locationLabel: string;
                                status: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/intake": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Einsatz aus einem Anruf aufnehmen (Agenten, Ergebnis 6 „Ordnungsdienst-Einsatz“) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category: "noise" | "parking_driveway" | "parking_fire_lane" | "dumped_waste" | "aggressive_begging" | "dog_off_lead" | "dangerous_dog" | "youth_protection" | "alcohol_ban_zone" | "damaged_street_furniture" | "public_hazard" | "other";
                        location: {
                            address?: string;
                            lat?: number;
                            lon?: number;
                            isApproximate?: boolean;
                        };
                        /** @default  */
                        description?: string;
                        priority?: number;
                        callbackNumber?: string | null;
                        /**
                         * @default phone
                         * @enum {string}
                         */
                        reportingChannel?: "phone" | "email" | "web_form" | "police" | "patrol" | "other";
                        reportedAt?: unknown;
                        /** Format: uuid */
                        contactId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** Format: uuid */
                            tenantId: string;
                            category: string;
                            categoryLabel: string;
                            priority: number;
                            description: string;
                            status: string;
                            location: {
                                label: string;
                                lat: number;
                                lon: number;
                                district: string | null;
                                municipality: string;
                                source: string;
                                isApproximate: boolean;
                            };
                            hasCallbackNumber: boolean;
                            reportingChannel: string;
                            /** Format: date-time */
                            reportedAt: string;
                            /** Format: date-time */
                            receivedAt: string;
                            assignedAt: string | null;
                            acknowledgedAt: string | null;
                            enRouteAt: string | null;
                            onSceneAt: string | null;
                            finishedAt: string | null;
                            closedAt: string | null;
                            closeResult: string | null;
                            reopenCount: number;
                            mergedIntoId: string | null;
                            units: {
                                /** Format: uuid */
                                unitId: string;
                                callSign: string;
                                statusCode: number;
                                /** Format: date-time */
                                assignedAt: string;
                                acknowledgedAt: string | null;
                                enRouteAt: string | null;
                                onSceneAt: string | null;
                                releasedAt: string | null;
                                distanceMeters: number | null;
                            }[];
                            version: number;
                            duplicateCount: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ein Einsatz mit Protokoll und Rückrufnummer (Lesen wird protokolliert) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** Format: uuid */
                            tenantId: string;
                            category: string;
                            categoryLabel: string;
                            priority: number;
                            description: string;
                            status: string;
                            location: {
                                label: string;
                                lat: number;
                                lon: number;
                                district: string | null;
                                municipality: string;
                                source: string;
                                isApproximate: boolean;
                            };
                            hasCallbackNumber: boolean;
                            reportingChannel: string;
                            /** Format: date-time */
                            reportedAt: string;
                            /** Format: date-time */
                            receivedAt: string;
                            assignedAt: string | null;
                            acknowledgedAt: string | null;
                            enRouteAt: string | null;
                            onSceneAt: string | null;
                            finishedAt: string | null;
                            closedAt: string | null;
                            closeResult: string | null;
                            reopenCount: number;
                            mergedIntoId: string | null;
                            units: {
                                /** Format: uuid */
                                unitId: string;
                                callSign: string;
                                statusCode: number;
                                /** Format: date-time */
                                assignedAt: string;
                                acknowledgedAt: string | null;
                                enRouteAt: string | null;
                                onSceneAt: string | null;
                                releasedAt: string | null;
                                distanceMeters: number | null;
                            }[];
                            version: number;
                            callbackNumber: string | null;
                            furtherCallers: {
                                callbackNumber: string | null;
                                /** Format: date-time */
                                reportedAt: string;
                                note: string;
                                fromIncidentId: string | null;
                            }[];
                            closeNote: string | null;
                            log: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                at: string;
                                kind: string;
                                text: string;
                                actorName: string;
                                unitId: string | null;
                            }[];
                            duplicates: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                distanceMeters: number;
                                /** Format: date-time */
                                receivedAt: string;
                                locationLabel: string;
                                status: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/incidents/{id}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Freie Streifen, nächste zuerst (Luftlinie) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                unitId: string;
                                callSign: string;
                                statusCode: number;
                                distanceMeters: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/incidents/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Streifen zuweisen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        unitIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** Format: uuid */
                            tenantId: string;
                            category: string;
                            categoryLabel: string;
                            priority: number;
                            description: string;
                            status: string;
                            location: {
                                label: string;
                                lat: number;
                                lon: number;
                                district: string | null;
                                municipality: string;
                                source: string;
                                isApproximate: boolean;
                            };
                            hasCallbackNumber: boolean;
                            reportingChannel: string;
                            /** Format: date-time */
                            reportedAt: string;
                            /** Format: date-time */
                            receivedAt: string;
                            assignedAt: string | null;
                            acknowledgedAt: string | null;
                            enRouteAt: string | null;
                            onSceneAt: string | null;
                            finishedAt: string | null;
                            closedAt: string | null;
                            closeResult: string | null;
                            reopenCount: number;
                            mergedIntoId: string | null;
                            units: {
                                /** Format: uuid */
                                unitId: string;
                                callSign: string;
                                statusCode: number;
                                /** Format: date-time */
                                assignedAt: string;
                                acknowledgedAt: string | null;
                                enRouteAt: string | null;
                                onSceneAt: string | null;
                                releasedAt: string | null;
                                distanceMeters: number | null;
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/incidents/{id}/assignments/{unitId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Streife vom Einsatz lösen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    unitId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/incidents/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Notiz ins Einsatzprotokoll */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/incidents/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Einsatz mit Ergebnis abschließen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        result: "resolved" | "warning_given" | "fine_notice" | "handed_to_police" | "nothing_found" | "cancelled";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** Format: uuid */
                            tenantId: string;
                            category: string;
                            categoryLabel: string;
                            priority: number;
                            description: string;
                            status: string;
                            location: {
                                label: string;
                                lat: number;
                                lon: number;
                                district: string | null;
                                municipality: string;
                                source: string;
                                isApproximate: boolean;
                            };
                            hasCallbackNumber: boolean;
                            reportingChannel: string;
                            /** Format: date-time */
                            reportedAt: string;
                            /** Format: date-time */
                            receivedAt: string;
                            assignedAt: string | null;
                            acknowledgedAt: string | null;
                            enRouteAt: string | null;
                            onSceneAt: string | null;
                            finishedAt: string | null;
                            closedAt: string | null;
                            closeResult: string | null;
                            reopenCount: number;
                            mergedIntoId: string | null;
                            units: {
                                /** Format: uuid */
                                unitId: string;
                                callSign: string;
                                statusCode: number;
                                /** Format: date-time */
                                assignedAt: string;
                                acknowledgedAt: string | null;
                                enRouteAt: string | null;
                                onSceneAt: string | null;
                                releasedAt: string | null;
                                distanceMeters: number | null;
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/incidents/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Abgeschlossenen Einsatz wieder öffnen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** Format: uuid */
                            tenantId: string;
                            category: string;
                            categoryLabel: string;
                            priority: number;
                            description: string;
                            status: string;
                            location: {
                                label: string;
                                lat: number;
                                lon: number;
                                district: string | null;
                                municipality: string;
                                source: string;
                                isApproximate: boolean;
                            };
                            hasCallbackNumber: boolean;
                            reportingChannel: string;
                            /** Format: date-time */
                            reportedAt: string;
                            /** Format: date-time */
                            receivedAt: string;
                            assignedAt: string | null;
                            acknowledgedAt: string | null;
                            enRouteAt: string | null;
                            onSceneAt: string | null;
                            finishedAt: string | null;
                            closedAt: string | null;
                            closeResult: string | null;
                            reopenCount: number;
                            mergedIntoId: string | null;
                            units: {
                                /** Format: uuid */
                                unitId: string;
                                callSign: string;
                                statusCode: number;
                                /** Format: date-time */
                                assignedAt: string;
                                acknowledgedAt: string | null;
                                enRouteAt: string | null;
                                onSceneAt: string | null;
                                releasedAt: string | null;
                                distanceMeters: number | null;
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/incidents/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Duplikat mit einem offenen Einsatz zusammenführen (Meldung wird dort vermerkt) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        intoIncidentId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** Format: uuid */
                            tenantId: string;
                            category: string;
                            categoryLabel: string;
                            priority: number;
                            description: string;
                            status: string;
                            location: {
                                label: string;
                                lat: number;
                                lon: number;
                                district: string | null;
                                municipality: string;
                                source: string;
                                isApproximate: boolean;
                            };
                            hasCallbackNumber: boolean;
                            reportingChannel: string;
                            /** Format: date-time */
                            reportedAt: string;
                            /** Format: date-time */
                            receivedAt: string;
                            assignedAt: string | null;
                            acknowledgedAt: string | null;
                            enRouteAt: string | null;
                            onSceneAt: string | null;
                            finishedAt: string | null;
                            closedAt: string | null;
                            closeResult: string | null;
                            reopenCount: number;
                            mergedIntoId: string | null;
                            units: {
                                /** Format: uuid */
                                unitId: string;
                                callSign: string;
                                statusCode: number;
                                /** Format: date-time */
                                assignedAt: string;
                                acknowledgedAt: string | null;
                                enRouteAt: string | null;
                                onSceneAt: string | null;
                                releasedAt: string | null;
                                distanceMeters: number | null;
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Streifen mit Funkstatus, Position, Schicht */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                callSign: string;
                                mobility: string;
                                vehicle: string | null;
                                statusCode: number;
                                statusLabel: string;
                                /** Format: date-time */
                                statusAt: string;
                                position: {
                                    lat: number;
                                    lon: number;
                                    source: string | null;
                                    at: string | null;
                                } | null;
                                shiftLabel: string | null;
                                shiftStartsAt: string | null;
                                shiftEndsAt: string | null;
                                members: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                incident: {
                                    /** Format: uuid */
                                    id: string;
                                    number: string;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/units/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Funkstatus einer Streife setzen (1–6) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            callSign: string;
                            mobility: string;
                            vehicle: string | null;
                            statusCode: number;
                            statusLabel: string;
                            /** Format: date-time */
                            statusAt: string;
                            position: {
                                lat: number;
                                lon: number;
                                source: string | null;
                                at: string | null;
                            } | null;
                            shiftLabel: string | null;
                            shiftStartsAt: string | null;
                            shiftEndsAt: string | null;
                            members: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            incident: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/units/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Quittung der Streife für den zugewiesenen Einsatz */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/units/{id}/position": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Standort einer Streife setzen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lat: number;
                        lon: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/units/{id}/shift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Schichtbeginn einer Streife (Besatzung aus der Personalliste) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        shiftLabel: string;
                        startsAt: unknown;
                        endsAt: unknown;
                        /** @default [] */
                        memberIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/units/{id}/patrol-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link für die Seite /streife ausstellen (gilt eine Schicht) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            path: string;
                            /** Format: date-time */
                            expiresAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Personalliste des Ordnungsdienstes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                staffNumber: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lagebild: offene Einsätze, Streifen, Schichtbuch */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            generatedAt: string;
                            alertAfterMinutes: number;
                            incidents: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                /** Format: uuid */
                                tenantId: string;
                                category: string;
                                categoryLabel: string;
                                priority: number;
                                status: string;
                                location: {
                                    label: string;
                                    lat: number;
                                    lon: number;
                                    district: string | null;
                                    municipality: string;
                                    isApproximate: boolean;
                                };
                                /** Format: date-time */
                                receivedAt: string;
                                assignedAt: string | null;
                                onSceneAt: string | null;
                                reopenCount: number;
                                units: {
                                    /** Format: uuid */
                                    unitId: string;
                                    callSign: string;
                                    statusCode: number;
                                }[];
                                alertSince: string | null;
                                isAlerting: boolean;
                            }[];
                            units: {
                                /** Format: uuid */
                                id: string;
                                callSign: string;
                                mobility: string;
                                vehicle: string | null;
                                statusCode: number;
                                statusLabel: string;
                                /** Format: date-time */
                                statusAt: string;
                                position: {
                                    lat: number;
                                    lon: number;
                                    source: string | null;
                                    at: string | null;
                                } | null;
                                shiftLabel: string | null;
                                shiftStartsAt: string | null;
                                shiftEndsAt: string | null;
                                members: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                incident: {
                                    /** Format: uuid */
                                    id: string;
                                    number: string;
                                } | null;
                            }[];
                            shiftLog: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                at: string;
                                kind: string;
                                text: string;
                                actorName: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/board/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lagebild als Server-Sent Events (event: board) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/shift-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Eintrag ins Schichtbuch (Notiz oder Übergabe) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default note
                         * @enum {string}
                         */
                        kind?: "note" | "handover";
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            at: string;
                            kind: string;
                            text: string;
                            actorName: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Adresse oder Ort im Ortsverzeichnis suchen (offline, fehlertolerant) */
        get: {
            parameters: {
                query: {
                    q: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                label: string;
                                kind: string;
                                name: string;
                                houseNumber: string | null;
                                postalCode: string | null;
                                municipality: string;
                                district: string | null;
                                lat: number;
                                lon: number;
                                isApproximate: boolean;
                                score: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/locate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gemeinde und Bezirk eines Kartenpunkts */
        get: {
            parameters: {
                query: {
                    lat: number;
                    lon: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            isInRegion: boolean;
                            municipality: string | null;
                            district: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/map/borders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gemeindegrenzen der Region (GeoJSON, © GeoBasis-DE / BKG 2013) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/map/streets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Straßen des Ortsverzeichnisses als Linien (für die Karte) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                name: string;
                                from: [
                                    number,
                                    number
                                ];
                                to: [
                                    number,
                                    number
                                ];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/map/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kartenrahmen und Quellenangabe */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bbox: [
                                number,
                                number,
                                number,
                                number
                            ];
                            attribution: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/reports/response-times": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reaktionszeiten je Einsatzart, Bezirk, Dringlichkeit oder Schicht, je Tag/Stunde und Bezirk (JSON, CSV oder XLSX) */
        get: {
            parameters: {
                query: {
                    groupBy?: "category" | "district" | "priority" | "shift";
                    from: unknown;
                    to: unknown;
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            group: "category" | "district" | "priority" | "shift";
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            to: string;
                            rows: {
                                key: string;
                                label: string;
                                incidents: number;
                                closed: number;
                                medianToAssignedSeconds: number | null;
                                medianToOnSceneSeconds: number | null;
                                p90ToOnSceneSeconds: number | null;
                                medianToClosedSeconds: number | null;
                            }[];
                            perDayHour: {
                                day: string;
                                hour: number;
                                incidents: number;
                            }[];
                            areas: {
                                municipality: string;
                                district: string;
                                incidents: number;
                                medianToOnSceneSeconds: number | null;
                                lat: number;
                                lon: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/places/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ortsverzeichnis importieren: amtliches Adressverzeichnis (CSV) oder OSM-Auszug (GeoJSON); ganz oder gar nicht */
        post: {
            parameters: {
                query: {
                    format: "address_list_csv" | "osm_geojson";
                    fileName?: string;
                    dryRun?: "true" | "false";
                    attribution?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string | null;
                            /** @enum {string} */
                            outcome: "applied" | "rejected" | "dry_run";
                            rowCount: number;
                            acceptedCount: number;
                            replacedCount: number;
                            errors: {
                                row: number;
                                field: string;
                                message: string;
                            }[];
                            byMunicipality: {
                                [key: string]: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/places/import/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ortsverzeichnis als Datei hochladen (groß, im Hintergrund, mit Fortschritt, abbrechbar; ganz oder gar nicht)
         * @description Der Anfragekörper ist die Datei selbst (beliebiger Inhaltstyp, z. B. text/plain, text/csv, application/xml), bis IMPORT_MAX_MB. Antwort 202 mit dem Import; Stand mit GET /api/v1/imports/{id}, Abbruch mit DELETE /api/v1/imports/{id}.
         */
        post: {
            parameters: {
                query: {
                    format: "address_list_csv" | "osm_geojson";
                    fileName?: string;
                    dryRun?: "true" | "false";
                    attribution?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            fileName: string;
                            /** @enum {string} */
                            status: "receiving" | "processing" | "completed" | "rejected" | "cancelled" | "failed";
                            /** @description Was gerade geschieht (Hochladen, Prüfen, Speichern), solange der Import läuft */
                            phase: string | null;
                            bytesTotal: number | null;
                            bytesReceived: number;
                            /** @description Anteil der Datei, der verarbeitet ist (0 bis 1) */
                            share: number | null;
                            rowsRead: number;
                            rowsAccepted: number;
                            rowsRefused: number;
                            /** @description Jede abgewiesene Zeile mit Grund */
                            refused: {
                                row: string;
                                reason: string;
                            }[];
                            result: {
                                [key: string]: unknown;
                            } | null;
                            message: string | null;
                            createdBy: string;
                            /** Format: date-time */
                            createdAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/places/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ortsverzeichnis: letzte Importe mit abgewiesenen Zeilen, Bestand je Quelle und Gemeinde */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            imports: {
                                id: string | null;
                                /** @enum {string} */
                                outcome: "applied" | "rejected" | "dry_run";
                                rowCount: number;
                                acceptedCount: number;
                                replacedCount: number;
                                errors: {
                                    row: number;
                                    field: string;
                                    message: string;
                                }[];
                                /** Format: date-time */
                                at: string;
                                format: string;
                                fileName: string;
                                attribution: string | null;
                                actorName: string;
                            }[];
                            holdings: {
                                source: string;
                                municipality: string;
                                kind: string;
                                entries: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/patrol/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Streifen-Seite: eigener Status und aktueller Einsatz */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unit: {
                                /** Format: uuid */
                                id: string;
                                callSign: string;
                                mobility: string;
                                vehicle: string | null;
                                statusCode: number;
                                statusLabel: string;
                                /** Format: date-time */
                                statusAt: string;
                                position: {
                                    lat: number;
                                    lon: number;
                                    source: string | null;
                                    at: string | null;
                                } | null;
                                shiftLabel: string | null;
                                shiftStartsAt: string | null;
                                shiftEndsAt: string | null;
                                members: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                incident: {
                                    /** Format: uuid */
                                    id: string;
                                    number: string;
                                } | null;
                            };
                            incident: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                /** Format: uuid */
                                tenantId: string;
                                category: string;
                                categoryLabel: string;
                                priority: number;
                                description: string;
                                status: string;
                                location: {
                                    label: string;
                                    lat: number;
                                    lon: number;
                                    district: string | null;
                                    municipality: string;
                                    source: string;
                                    isApproximate: boolean;
                                };
                                hasCallbackNumber: boolean;
                                reportingChannel: string;
                                /** Format: date-time */
                                reportedAt: string;
                                /** Format: date-time */
                                receivedAt: string;
                                assignedAt: string | null;
                                acknowledgedAt: string | null;
                                enRouteAt: string | null;
                                onSceneAt: string | null;
                                finishedAt: string | null;
                                closedAt: string | null;
                                closeResult: string | null;
                                reopenCount: number;
                                mergedIntoId: string | null;
                                units: {
                                    /** Format: uuid */
                                    unitId: string;
                                    callSign: string;
                                    statusCode: number;
                                    /** Format: date-time */
                                    assignedAt: string;
                                    acknowledgedAt: string | null;
                                    enRouteAt: string | null;
                                    onSceneAt: string | null;
                                    releasedAt: string | null;
                                    distanceMeters: number | null;
                                }[];
                                version: number;
                                acknowledged: boolean;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/patrol/{token}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Streifen-Seite: Status melden oder Einsatz quittieren */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: number;
                        acknowledge?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unit: {
                                /** Format: uuid */
                                id: string;
                                callSign: string;
                                mobility: string;
                                vehicle: string | null;
                                statusCode: number;
                                statusLabel: string;
                                /** Format: date-time */
                                statusAt: string;
                                position: {
                                    lat: number;
                                    lon: number;
                                    source: string | null;
                                    at: string | null;
                                } | null;
                                shiftLabel: string | null;
                                shiftStartsAt: string | null;
                                shiftEndsAt: string | null;
                                members: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                incident: {
                                    /** Format: uuid */
                                    id: string;
                                    number: string;
                                } | null;
                            };
                            incident: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                /** Format: uuid */
                                tenantId: string;
                                category: string;
                                categoryLabel: string;
                                priority: number;
                                description: string;
                                status: string;
                                location: {
                                    label: string;
                                    lat: number;
                                    lon: number;
                                    district: string | null;
                                    municipality: string;
                                    source: string;
                                    isApproximate: boolean;
                                };
                                hasCallbackNumber: boolean;
                                reportingChannel: string;
                                /** Format: date-time */
                                reportedAt: string;
                                /** Format: date-time */
                                receivedAt: string;
                                assignedAt: string | null;
                                acknowledgedAt: string | null;
                                enRouteAt: string | null;
                                onSceneAt: string | null;
                                finishedAt: string | null;
                                closedAt: string | null;
                                closeResult: string | null;
                                reopenCount: number;
                                mergedIntoId: string | null;
                                units: {
                                    /** Format: uuid */
                                    unitId: string;
                                    callSign: string;
                                    statusCode: number;
                                    /** Format: date-time */
                                    assignedAt: string;
                                    acknowledgedAt: string | null;
                                    enRouteAt: string | null;
                                    onSceneAt: string | null;
                                    releasedAt: string | null;
                                    distanceMeters: number | null;
                                }[];
                                version: number;
                                acknowledged: boolean;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Anrufkennzahlen je Tag, Intervall, Woche, Monat, Mandant, Warteschlange, Kanal oder Agent/in (JSON, CSV, XLSX, PDF)
         * @description Aus den 15-Minuten-Rollups; Definitionen in docs/metrics.md. from/to sind Berliner Kalendertage (einschließlich).
         */
        get: {
            parameters: {
                query: {
                    /** @description Erster Tag (Europe/Berlin), einschließlich */
                    from: string;
                    /** @description Letzter Tag (Europe/Berlin), einschließlich */
                    to: string;
                    tenant?: string;
                    groupBy?: "day" | "interval15" | "interval30" | "interval60" | "week" | "month" | "tenant" | "queue" | "channel" | "agent" | "weekdayHalfHour";
                    format?: "json" | "csv" | "xlsx" | "pdf";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            to: string;
                            /** @description AGS oder all */
                            tenant: string;
                            tenantName: string;
                            /** @enum {string} */
                            groupBy: "day" | "interval15" | "interval30" | "interval60" | "week" | "month" | "tenant" | "queue" | "channel" | "agent" | "weekdayHalfHour";
                            rows: {
                                offered: number;
                                answered: number;
                                abandoned: number;
                                shortAbandoned: number;
                                callbacks: number;
                                /** @description von der Telefonanlage abgewiesen oder umgeleitet (Warteschlange voll, geschlossen, ohne Agenten, Umleitungsregel) */
                                diverted: number;
                                answeredWithinTarget: number;
                                /** @description angenommen im Ziel ÷ angeboten */
                                serviceLevel: number | null;
                                /** @description angenommen ÷ angeboten */
                                answerRate: number | null;
                                /** @description mittlere Wartezeit angenommener Anrufe */
                                asaSeconds: number | null;
                                /** @description Gesprächszeit gesamt */
                                talkSeconds: number;
                                /** @description mittlere Gesprächszeit + mittlere Nachbearbeitung */
                                ahtSeconds: number | null;
                                longestWaitSeconds: number | null;
                                key: string;
                                label: string;
                            }[];
                            totals: {
                                offered: number;
                                answered: number;
                                abandoned: number;
                                shortAbandoned: number;
                                callbacks: number;
                                /** @description von der Telefonanlage abgewiesen oder umgeleitet (Warteschlange voll, geschlossen, ohne Agenten, Umleitungsregel) */
                                diverted: number;
                                answeredWithinTarget: number;
                                /** @description angenommen im Ziel ÷ angeboten */
                                serviceLevel: number | null;
                                /** @description angenommen ÷ angeboten */
                                answerRate: number | null;
                                /** @description mittlere Wartezeit angenommener Anrufe */
                                asaSeconds: number | null;
                                /** @description Gesprächszeit gesamt */
                                talkSeconds: number;
                                /** @description mittlere Gesprächszeit + mittlere Nachbearbeitung */
                                ahtSeconds: number | null;
                                longestWaitSeconds: number | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Agentenbericht: angemeldete Zeit, Zeit je Status, angenommene Anrufe, Gesprächszeit, Auslastung (JSON, CSV, XLSX, PDF)
         * @description Zeiten aus dem Statusprotokoll (ein Pool für alle Mandanten), Anrufe aus den Rollups (mit tenant: nur dessen Anrufe). Nur Teamleitung und Administration.
         */
        get: {
            parameters: {
                query: {
                    /** @description Erster Tag (Europe/Berlin), einschließlich */
                    from: string;
                    /** @description Letzter Tag (Europe/Berlin), einschließlich */
                    to: string;
                    tenant?: string;
                    format?: "json" | "csv" | "xlsx" | "pdf";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            to: string;
                            tenant: string;
                            tenantName: string;
                            rows: {
                                /** @description Benutzerkonto (UUID) oder, nicht zugeordnet, die Agenten-ID der Telefonanlage */
                                key: string;
                                label: string;
                                /** @description angemeldet: verfügbar + im Gespräch + Nachbearbeitung + Pause */
                                loggedInSeconds: number;
                                /** @description Sekunden */
                                availableSeconds: number;
                                /** @description Sekunden */
                                onCallSeconds: number;
                                /** @description Sekunden */
                                wrapUpSeconds: number;
                                /** @description Sekunden */
                                breakSeconds: number;
                                callsAnswered: number;
                                /** @description dokumentierte E-Mails, Formulare, Chats und Rückrufe */
                                routedHandled: number;
                                /** @description Sekunden */
                                talkSeconds: number;
                                averageTalkSeconds: number | null;
                                ahtSeconds: number | null;
                                /** @description (Gespräch + Nachbearbeitung) ÷ (verfügbar + Gespräch + Nachbearbeitung) */
                                occupancy: number | null;
                            }[];
                            totals: {
                                /** @description Benutzerkonto (UUID) oder, nicht zugeordnet, die Agenten-ID der Telefonanlage */
                                key: string;
                                label: string;
                                /** @description angemeldet: verfügbar + im Gespräch + Nachbearbeitung + Pause */
                                loggedInSeconds: number;
                                /** @description Sekunden */
                                availableSeconds: number;
                                /** @description Sekunden */
                                onCallSeconds: number;
                                /** @description Sekunden */
                                wrapUpSeconds: number;
                                /** @description Sekunden */
                                breakSeconds: number;
                                callsAnswered: number;
                                /** @description dokumentierte E-Mails, Formulare, Chats und Rückrufe */
                                routedHandled: number;
                                /** @description Sekunden */
                                talkSeconds: number;
                                averageTalkSeconds: number | null;
                                ahtSeconds: number | null;
                                /** @description (Gespräch + Nachbearbeitung) ÷ (verfügbar + Gespräch + Nachbearbeitung) */
                                occupancy: number | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meistgefragte Leistungen (LeiKa) aus den dokumentierten Kontakten aller Kanäle, mit Erstlösungs- und Weiterleitungsquote */
        get: {
            parameters: {
                query: {
                    /** @description Erster Tag (Europe/Berlin), einschließlich */
                    from: string;
                    /** @description Letzter Tag (Europe/Berlin), einschließlich */
                    to: string;
                    tenant?: string;
                    format?: "json" | "csv" | "xlsx" | "pdf";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            to: string;
                            tenant: string;
                            tenantName: string;
                            /** @description dokumentierte Kontakte im Zeitraum, alle Kanäle */
                            documented: number;
                            /** @description davon ohne Leistung (LeiKa-Schlüssel) */
                            withoutService: number;
                            /** @description verschiedene Leistungen */
                            services: number;
                            rows: {
                                rank: number;
                                leikaKey: string;
                                label: string;
                                documented: number;
                                /** @description Anteil an allen dokumentierten Kontakten */
                                share: number | null;
                                firstLevel: number;
                                forwarded: number;
                                firstContactResolution: number | null;
                                forwardingRate: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kanalmix: Eingang, Kontakte, Erstlösungsquote und Bearbeitungszeit je Kanal (Telefon, E-Mail, Formular, Chat, Rückruf) */
        get: {
            parameters: {
                query: {
                    /** @description Erster Tag (Europe/Berlin), einschließlich */
                    from: string;
                    /** @description Letzter Tag (Europe/Berlin), einschließlich */
                    to: string;
                    tenant?: string;
                    format?: "json" | "csv" | "xlsx" | "pdf";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            to: string;
                            tenant: string;
                            tenantName: string;
                            phone: {
                                offered: number;
                                answered: number;
                                answerRate: number | null;
                                ahtSeconds: number | null;
                            };
                            rows: {
                                channel: string;
                                label: string;
                                /** @description Telefon: angebotene Anrufe; sonst eingegangene Anliegen der Warteschlange */
                                received: number;
                                share: number | null;
                                contacts: number;
                                documented: number;
                                firstLevel: number;
                                forwarded: number;
                                firstContactResolution: number | null;
                                forwardingRate: number | null;
                                /** @description Ø (Ende − Beginn + Nachbearbeitung) dokumentierter Kontakte */
                                averageHandlingSeconds: number | null;
                            }[];
                            totals: {
                                channel: string;
                                label: string;
                                /** @description Telefon: angebotene Anrufe; sonst eingegangene Anliegen der Warteschlange */
                                received: number;
                                share: number | null;
                                contacts: number;
                                documented: number;
                                firstLevel: number;
                                forwarded: number;
                                firstContactResolution: number | null;
                                forwardingRate: number | null;
                                /** @description Ø (Ende − Beginn + Nachbearbeitung) dokumentierter Kontakte */
                                averageHandlingSeconds: number | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/pilot-evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pilotbewertung je Mandant oder gesamt: Monat für Monat gegen Servicevereinbarung und Ausgangswert des Ratsbeschlusses */
        get: {
            parameters: {
                query?: {
                    tenant?: string;
                    /** @description Erster Monat; ohne Angabe der Monat des Pilotstarts */
                    from?: string;
                    /** @description Letzter Monat; ohne Angabe der laufende */
                    to?: string;
                    format?: "json" | "csv" | "xlsx" | "pdf";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tenant: string;
                            tenantName: string;
                            since: string | null;
                            targets: {
                                serviceLevelPercent: number;
                                serviceLevelSeconds: number;
                                firstContactResolutionPercent: number;
                                replyWithinWorkingHours: number;
                            };
                            baseline: {
                                callsPerYear: number;
                                averageTalkSeconds: number;
                                answerRate: number;
                                asaSeconds: number;
                            };
                            months: {
                                month: string;
                                label: string;
                                offered: number;
                                answered: number;
                                answeredWithinTarget: number;
                                shortAbandoned: number;
                                offeredOutsideHours: number;
                                offeredInHours: number;
                                answeredInHours: number;
                                serviceLevel: number | null;
                                serviceLevelInHours: number | null;
                                answerRate: number | null;
                                asaSeconds: number | null;
                                averageTalkSeconds: number | null;
                                ahtSeconds: number | null;
                                firstContactResolution: number | null;
                                forwardingRate: number | null;
                                documentedContacts: number;
                                onTimeRate: number | null;
                                checks: {
                                    key: string;
                                    label: string;
                                    value: number | null;
                                    target: number;
                                    /** @enum {string} */
                                    unit: "rate" | "seconds";
                                    /** @enum {string} */
                                    basis: "agreement" | "baseline";
                                    /** @enum {string} */
                                    light: "green" | "amber" | "red" | "none";
                                    kept: boolean | null;
                                    numerator: number | null;
                                    denominator: number | null;
                                }[];
                                summary: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/agreement-compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Servicevereinbarung: je Mandant und Monat (und Pilotphase) jede Zusage gehalten oder nicht, mit Zähler und Nenner
         * @description Erreichbarkeit nur innerhalb der vereinbarten Servicezeiten; Anrufe außerhalb zählen gesondert. Definitionen in docs/metrics.md.
         */
        get: {
            parameters: {
                query?: {
                    tenant?: string;
                    /** @description Erster Monat; ohne Angabe der Monat des Pilotstarts */
                    from?: string;
                    /** @description Letzter Monat; ohne Angabe der laufende */
                    to?: string;
                    format?: "json" | "csv" | "xlsx" | "pdf";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tenant: string;
                            tenantName: string;
                            since: string | null;
                            agreement: {
                                reference: string | null;
                                signedOn: string | null;
                                termStart: string | null;
                                termEnd: string | null;
                                serviceHours: string;
                            };
                            targets: {
                                serviceLevelPercent: number;
                                serviceLevelSeconds: number;
                                firstContactResolutionPercent: number;
                                replyWithinWorkingHours: number;
                            };
                            months: {
                                key: string;
                                label: string;
                                phase: string;
                                phaseLabel: string;
                                offered: number;
                                offeredInHours: number;
                                offeredOutsideHours: number;
                                promises: {
                                    key: string;
                                    label: string;
                                    promise: string;
                                    target: number;
                                    value: number | null;
                                    /** @enum {string} */
                                    unit: "rate" | "seconds";
                                    numerator: number | null;
                                    denominator: number | null;
                                    kept: boolean | null;
                                    /** @enum {string} */
                                    light: "green" | "amber" | "red" | "none";
                                    text: string;
                                }[];
                                kept: number;
                                missed: number;
                                unmeasured: number;
                            }[];
                            phases: {
                                key: string;
                                label: string;
                                phase: string;
                                phaseLabel: string;
                                offered: number;
                                offeredInHours: number;
                                offeredOutsideHours: number;
                                promises: {
                                    key: string;
                                    label: string;
                                    promise: string;
                                    target: number;
                                    value: number | null;
                                    /** @enum {string} */
                                    unit: "rate" | "seconds";
                                    numerator: number | null;
                                    denominator: number | null;
                                    kept: boolean | null;
                                    /** @enum {string} */
                                    light: "green" | "amber" | "red" | "none";
                                    text: string;
                                }[];
                                kept: number;
                                missed: number;
                                unmeasured: number;
                            }[];
                            total: {
                                key: string;
                                label: string;
                                phase: string;
                                phaseLabel: string;
                                offered: number;
                                offeredInHours: number;
                                offeredOutsideHours: number;
                                promises: {
                                    key: string;
                                    label: string;
                                    promise: string;
                                    target: number;
                                    value: number | null;
                                    /** @enum {string} */
                                    unit: "rate" | "seconds";
                                    numerator: number | null;
                                    denominator: number | null;
                                    kept: boolean | null;
                                    /** @enum {string} */
                                    light: "green" | "amber" | "red" | "none";
                                    text: string;
                                }[];
                                kept: number;
                                missed: number;
                                unmeasured: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/data-basis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Datenbasis: Stand der Wissensdatenbank (vollständig, geprüft, überfällig, Lücken) mit Monatsverlauf, und worauf die Anrufkennzahlen beruhen
         * @description Ohne from: die letzten zwölf Monate bis to (ohne to: der laufende Monat).
         */
        get: {
            parameters: {
                query?: {
                    tenant?: string;
                    /** @description Erster Monat; ohne Angabe der Monat des Pilotstarts */
                    from?: string;
                    /** @description Letzter Monat; ohne Angabe der laufende */
                    to?: string;
                    format?: "json" | "csv" | "xlsx" | "pdf";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tenant: string;
                            tenantName: string;
                            today: string;
                            from: string;
                            to: string;
                            knowledge: {
                                catalogueServices: number;
                                localParts: number;
                                complete: number;
                                verifiedInInterval: number;
                                overdue: number;
                                openGaps: number;
                                closedGaps: number;
                            };
                            knowledgeTrend: {
                                month: string;
                                label: string;
                                verified: number;
                                published: number;
                                gapSearches: number;
                                gapSearchesClosed: number;
                            }[];
                            calls: {
                                source: string;
                                cells: number;
                                calls: number;
                                firstInterval: string | null;
                                lastInterval: string | null;
                                workingDays: number;
                                workingDaysWithCalls: number;
                                workingDaysWithoutCalls: string[];
                            };
                            contacts: {
                                channel: string;
                                label: string;
                                documented: number;
                                open: number;
                            }[];
                            imports: {
                                at: string;
                                accepted: number;
                                calls: number;
                                errors: number;
                            }[];
                            demoHistory: {
                                state: string;
                                daysDone: number;
                                daysTotal: number;
                                calls: number;
                            } | null;
                            notes: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Monatsberichte je Mandant (am ersten Werktag des Folgemonats erstellt und an die Koordination gemailt) zum Herunterladen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                tenant: string;
                                tenantName: string;
                                month: string;
                                label: string;
                                summary: string;
                                /** @description Anzahl der Empfänger */
                                mailedTo: number;
                                madeAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/monthly/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ein Monatsbericht als PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/monthly/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Monatsberichte eines Monats jetzt erstellen und mailen (Administration; vorhandene bleiben unverändert) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        month: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/demo-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fortschritt der Demo-Anrufhistorie (wird nach dem Start im Hintergrund über die Telefonie-Schnittstelle erzeugt) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            state: "idle" | "running" | "done" | "failed";
                            daysTotal: number;
                            daysDone: number;
                            calls: number;
                            events: number;
                            /** @description Kontakte der Historie dokumentiert (Leistung, Ergebnis) */
                            documented: number;
                            from: string | null;
                            to: string | null;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/cost-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jahre mit Kostenplan */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                year: number;
                                title: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/cost-plans/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kostenplan eines Jahres mit Beträgen je Monat */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            year: number;
                            title: string;
                            notes: string | null;
                            version: number;
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                category: "personnel" | "material" | "one_off" | "investment";
                                /** @enum {string} */
                                bearer: "participants" | "region" | "host";
                                changes: {
                                    from: string;
                                    annualAmountCents: number;
                                }[];
                                oneOffAmountCents: number | null;
                                bookedOn: string | null;
                                note: string | null;
                                position: number;
                                monthlyCents: number[];
                                yearCents: number;
                            }[];
                            totals: {
                                yearCents: number;
                                participantsCents: number;
                                regionCents: number;
                                hostCents: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Kostenplan für ein Jahr anlegen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        /** @default null */
                        notes?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            year: number;
                            title: string;
                            notes: string | null;
                            version: number;
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                category: "personnel" | "material" | "one_off" | "investment";
                                /** @enum {string} */
                                bearer: "participants" | "region" | "host";
                                changes: {
                                    from: string;
                                    annualAmountCents: number;
                                }[];
                                oneOffAmountCents: number | null;
                                bookedOn: string | null;
                                note: string | null;
                                position: number;
                                monthlyCents: number[];
                                yearCents: number;
                            }[];
                            totals: {
                                yearCents: number;
                                participantsCents: number;
                                regionCents: number;
                                hostCents: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/cost-plans/{year}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kostenposition hinzufügen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        category: "personnel" | "material" | "one_off" | "investment";
                        /** @enum {string} */
                        bearer: "participants" | "region" | "host";
                        /** @default [] */
                        changes?: {
                            /** Format: date */
                            from: string;
                            annualAmountCents: number;
                        }[];
                        /** @default null */
                        oneOffAmountCents?: number | null;
                        /** @default null */
                        bookedOn?: string | null;
                        /** @default null */
                        note?: string | null;
                        /** @default 0 */
                        position?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            year: number;
                            title: string;
                            notes: string | null;
                            version: number;
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                category: "personnel" | "material" | "one_off" | "investment";
                                /** @enum {string} */
                                bearer: "participants" | "region" | "host";
                                changes: {
                                    from: string;
                                    annualAmountCents: number;
                                }[];
                                oneOffAmountCents: number | null;
                                bookedOn: string | null;
                                note: string | null;
                                position: number;
                                monthlyCents: number[];
                                yearCents: number;
                            }[];
                            totals: {
                                yearCents: number;
                                participantsCents: number;
                                regionCents: number;
                                hostCents: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/cost-plans/{year}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Kostenposition ändern */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        category: "personnel" | "material" | "one_off" | "investment";
                        /** @enum {string} */
                        bearer: "participants" | "region" | "host";
                        /** @default [] */
                        changes?: {
                            /** Format: date */
                            from: string;
                            annualAmountCents: number;
                        }[];
                        /** @default null */
                        oneOffAmountCents?: number | null;
                        /** @default null */
                        bookedOn?: string | null;
                        /** @default null */
                        note?: string | null;
                        /** @default 0 */
                        position?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            year: number;
                            title: string;
                            notes: string | null;
                            version: number;
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                category: "personnel" | "material" | "one_off" | "investment";
                                /** @enum {string} */
                                bearer: "participants" | "region" | "host";
                                changes: {
                                    from: string;
                                    annualAmountCents: number;
                                }[];
                                oneOffAmountCents: number | null;
                                bookedOn: string | null;
                                note: string | null;
                                position: number;
                                monthlyCents: number[];
                                yearCents: number;
                            }[];
                            totals: {
                                yearCents: number;
                                participantsCents: number;
                                regionCents: number;
                                hostCents: number;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Kostenposition löschen */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            year: number;
                            title: string;
                            notes: string | null;
                            version: number;
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                category: "personnel" | "material" | "one_off" | "investment";
                                /** @enum {string} */
                                bearer: "participants" | "region" | "host";
                                changes: {
                                    from: string;
                                    annualAmountCents: number;
                                }[];
                                oneOffAmountCents: number | null;
                                bookedOn: string | null;
                                note: string | null;
                                position: number;
                                monthlyCents: number[];
                                yearCents: number;
                            }[];
                            totals: {
                                yearCents: number;
                                participantsCents: number;
                                regionCents: number;
                                hostCents: number;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/cost-plans/{year}/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kostenplan als CSV im Format des Kostenimports (eine Zeile je Betrag; formelsicher) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/csv; UTF-8 mit BOM, Semikolon, Dezimalkomma */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/cost-plans/import/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Kosten aus CSV importieren (Jahr;Kostenart;Position;Träger;Betrag;Datum;Bemerkung): Vorschau (dryRun=true) oder Übernahme; ganz oder gar nicht, jede abgewiesene Zeile mit Grund
         * @description Der Anfragekörper ist die Datei selbst (beliebiger Inhaltstyp, z. B. text/plain, text/csv, application/xml), bis IMPORT_MAX_MB. Antwort 202 mit dem Import; Stand mit GET /api/v1/imports/{id}, Abbruch mit DELETE /api/v1/imports/{id}.
         */
        post: {
            parameters: {
                query: {
                    /** @description Jahr des Kostenplans, in den importiert wird */
                    year: number;
                    fileName?: string;
                    dryRun?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            fileName: string;
                            /** @enum {string} */
                            status: "receiving" | "processing" | "completed" | "rejected" | "cancelled" | "failed";
                            /** @description Was gerade geschieht (Hochladen, Prüfen, Speichern), solange der Import läuft */
                            phase: string | null;
                            bytesTotal: number | null;
                            bytesReceived: number;
                            /** @description Anteil der Datei, der verarbeitet ist (0 bis 1) */
                            share: number | null;
                            rowsRead: number;
                            rowsAccepted: number;
                            rowsRefused: number;
                            /** @description Jede abgewiesene Zeile mit Grund */
                            refused: {
                                row: string;
                                reason: string;
                            }[];
                            result: {
                                [key: string]: unknown;
                            } | null;
                            message: string | null;
                            createdBy: string;
                            /** Format: date-time */
                            createdAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verteilschlüssel aller Mandanten mit Gültigkeit */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                tenantId: string;
                                effectiveFrom: string;
                                /** @enum {string} */
                                kind: "per_contact" | "per_minute" | "per_inhabitant" | "base_plus_variable" | "fixed";
                                monthlyCents: number | null;
                                inhabitants: number | null;
                                inhabitantsAsOf: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Verteilschlüssel ab einem Datum festlegen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        tenantId: string;
                        /** Format: date */
                        effectiveFrom: string;
                        /** @enum {string} */
                        kind: "per_contact" | "per_minute" | "per_inhabitant" | "base_plus_variable" | "fixed";
                        /** @default null */
                        monthlyCents?: number | null;
                        /** @default null */
                        inhabitants?: number | null;
                        /** @default null */
                        inhabitantsAsOf?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            effectiveFrom: string;
                            /** @enum {string} */
                            kind: "per_contact" | "per_minute" | "per_inhabitant" | "base_plus_variable" | "fixed";
                            monthlyCents: number | null;
                            inhabitants: number | null;
                            inhabitantsAsOf: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Verteilschlüssel löschen */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rechnungssteller (Träger): Anschrift, Steuer- und Bankdaten */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            sellerName: string;
                            sellerStreet: string;
                            sellerPostalCode: string;
                            sellerCity: string;
                            sellerIdentifier: string;
                            taxNumber: string | null;
                            vatId: string | null;
                            iban: string;
                            bic: string | null;
                            accountName: string;
                            contactName: string;
                            contactPhone: string;
                            contactEmail: string;
                        };
                    };
                };
            };
        };
        /** Rechnungsstellerdaten speichern */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version?: number;
                        sellerName: string;
                        sellerStreet: string;
                        sellerPostalCode: string;
                        sellerCity: string;
                        sellerIdentifier: string;
                        taxNumber: string | null;
                        vatId: string | null;
                        iban: string;
                        bic: string | null;
                        accountName: string;
                        contactName: string;
                        contactPhone: string;
                        /** Format: email */
                        contactEmail: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            sellerName: string;
                            sellerStreet: string;
                            sellerPostalCode: string;
                            sellerCity: string;
                            sellerIdentifier: string;
                            taxNumber: string | null;
                            vatId: string | null;
                            iban: string;
                            bic: string | null;
                            accountName: string;
                            contactName: string;
                            contactPhone: string;
                            contactEmail: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vorschau des Zentrums: jeder Cent eines Monats oder Quartals und wohin er geht */
        get: {
            parameters: {
                query: {
                    period: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            period: string;
                            periodLabel: string;
                            planYear: number | null;
                            items: {
                                costItemId: string;
                                name: string;
                                /** @enum {string} */
                                category: "personnel" | "material" | "one_off" | "investment";
                                /** @enum {string} */
                                bearer: "participants" | "region" | "host";
                                cents: number;
                                toTenantsCents: number;
                                hostCents: number;
                                regionCents: number;
                            }[];
                            totalCents: number;
                            toTenantsCents: number;
                            hostCents: number;
                            regionCents: number;
                            differenceCents: number;
                            fixedScaledDownMonths: string[];
                            statements: {
                                /** Format: uuid */
                                tenantId: string;
                                tenantName: string;
                                tenantAgs: string;
                                isHost: boolean;
                                period: string;
                                periodLabel: string;
                                missingBillingData: string[];
                                lines: {
                                    costItemId: string;
                                    name: string;
                                    /** @enum {string} */
                                    category: "personnel" | "material" | "one_off" | "investment";
                                    /** @enum {string} */
                                    bearer: "participants" | "region" | "host";
                                    cents: number;
                                }[];
                                months: {
                                    month: string;
                                    /** @enum {string} */
                                    keyKind: "per_contact" | "per_minute" | "per_inhabitant" | "base_plus_variable" | "fixed";
                                    contacts: number;
                                    talkMinutes: number;
                                    inhabitants: number | null;
                                    inhabitantsAsOf: string | null;
                                    basis: {
                                        unit: string | null;
                                        own: number;
                                        groupTotal: number;
                                    };
                                    fixedCents: number;
                                    variableCents: number;
                                    totalCents: number;
                                }[];
                                totalCents: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/statements/{tenantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Abrechnung eines Mandanten für einen Monat oder ein Quartal */
        get: {
            parameters: {
                query: {
                    period: string;
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            tenantId: string;
                            tenantName: string;
                            tenantAgs: string;
                            isHost: boolean;
                            period: string;
                            periodLabel: string;
                            missingBillingData: string[];
                            lines: {
                                costItemId: string;
                                name: string;
                                /** @enum {string} */
                                category: "personnel" | "material" | "one_off" | "investment";
                                /** @enum {string} */
                                bearer: "participants" | "region" | "host";
                                cents: number;
                            }[];
                            months: {
                                month: string;
                                /** @enum {string} */
                                keyKind: "per_contact" | "per_minute" | "per_inhabitant" | "base_plus_variable" | "fixed";
                                contacts: number;
                                talkMinutes: number;
                                inhabitants: number | null;
                                inhabitantsAsOf: string | null;
                                basis: {
                                    unit: string | null;
                                    own: number;
                                    groupTotal: number;
                                };
                                fixedCents: number;
                                variableCents: number;
                                totalCents: number;
                            }[];
                            totalCents: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rechnungen und Gutschriften eines Zeitraums (stabile API) */
        get: {
            parameters: {
                query: {
                    period: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                number: string | null;
                                tenantAgs: string;
                                tenantName: string;
                                /** @enum {string} */
                                kind: "invoice" | "credit_note";
                                /** @enum {string} */
                                status: "draft" | "checked" | "approved" | "issued";
                                period: string;
                                issueDate: string | null;
                                netTotal: number;
                                vatTotal: number;
                                grossTotal: number;
                                currency: string;
                                correctsInvoiceId: string | null;
                                createdBy: string;
                                checkedBy: string | null;
                                approvedBy: string | null;
                                issuedBy: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/invoices/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rechnungsentwürfe für einen abgeschlossenen Zeitraum erzeugen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        period: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: {
                                /** Format: uuid */
                                id: string;
                                number: string | null;
                                tenantAgs: string;
                                tenantName: string;
                                /** @enum {string} */
                                kind: "invoice" | "credit_note";
                                /** @enum {string} */
                                status: "draft" | "checked" | "approved" | "issued";
                                period: string;
                                issueDate: string | null;
                                netTotal: number;
                                vatTotal: number;
                                grossTotal: number;
                                currency: string;
                                correctsInvoiceId: string | null;
                                createdBy: string;
                                checkedBy: string | null;
                                approvedBy: string | null;
                                issuedBy: string | null;
                                version: number;
                            }[];
                            skipped: {
                                /** Format: uuid */
                                tenantId: string;
                                tenantName: string;
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rechnung mit Positionen und Grundlagen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** Entwurf verwerfen (ausgestellte Rechnungen nie) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Hinweistext eines Entwurfs ändern (ausgestellte Rechnungen nie) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        note: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string | null;
                            tenantAgs: string;
                            tenantName: string;
                            /** @enum {string} */
                            kind: "invoice" | "credit_note";
                            /** @enum {string} */
                            status: "draft" | "checked" | "approved" | "issued";
                            period: string;
                            issueDate: string | null;
                            netTotal: number;
                            vatTotal: number;
                            grossTotal: number;
                            currency: string;
                            correctsInvoiceId: string | null;
                            createdBy: string;
                            checkedBy: string | null;
                            approvedBy: string | null;
                            issuedBy: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/billing/invoices/{id}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Entwurf als geprüft markieren */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string | null;
                            tenantAgs: string;
                            tenantName: string;
                            /** @enum {string} */
                            kind: "invoice" | "credit_note";
                            /** @enum {string} */
                            status: "draft" | "checked" | "approved" | "issued";
                            period: string;
                            issueDate: string | null;
                            netTotal: number;
                            vatTotal: number;
                            grossTotal: number;
                            currency: string;
                            correctsInvoiceId: string | null;
                            createdBy: string;
                            checkedBy: string | null;
                            approvedBy: string | null;
                            issuedBy: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/invoices/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Freigeben (zweite Person der Abrechnung) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string | null;
                            tenantAgs: string;
                            tenantName: string;
                            /** @enum {string} */
                            kind: "invoice" | "credit_note";
                            /** @enum {string} */
                            status: "draft" | "checked" | "approved" | "issued";
                            period: string;
                            issueDate: string | null;
                            netTotal: number;
                            vatTotal: number;
                            grossTotal: number;
                            currency: string;
                            correctsInvoiceId: string | null;
                            createdBy: string;
                            checkedBy: string | null;
                            approvedBy: string | null;
                            issuedBy: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/invoices/{id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ausstellen: Nummer, XRechnung, Versand per Mail */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string | null;
                            tenantAgs: string;
                            tenantName: string;
                            /** @enum {string} */
                            kind: "invoice" | "credit_note";
                            /** @enum {string} */
                            status: "draft" | "checked" | "approved" | "issued";
                            period: string;
                            issueDate: string | null;
                            netTotal: number;
                            vatTotal: number;
                            grossTotal: number;
                            currency: string;
                            correctsInvoiceId: string | null;
                            createdBy: string;
                            checkedBy: string | null;
                            approvedBy: string | null;
                            issuedBy: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/invoices/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Zurück in den Entwurf */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string | null;
                            tenantAgs: string;
                            tenantName: string;
                            /** @enum {string} */
                            kind: "invoice" | "credit_note";
                            /** @enum {string} */
                            status: "draft" | "checked" | "approved" | "issued";
                            period: string;
                            issueDate: string | null;
                            netTotal: number;
                            vatTotal: number;
                            grossTotal: number;
                            currency: string;
                            correctsInvoiceId: string | null;
                            createdBy: string;
                            checkedBy: string | null;
                            approvedBy: string | null;
                            issuedBy: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/invoices/{id}/credit-note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gutschrift zu einer ausgestellten Rechnung (als Entwurf) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            number: string | null;
                            tenantAgs: string;
                            tenantName: string;
                            /** @enum {string} */
                            kind: "invoice" | "credit_note";
                            /** @enum {string} */
                            status: "draft" | "checked" | "approved" | "issued";
                            period: string;
                            issueDate: string | null;
                            netTotal: number;
                            vatTotal: number;
                            grossTotal: number;
                            currency: string;
                            correctsInvoiceId: string | null;
                            createdBy: string;
                            checkedBy: string | null;
                            approvedBy: string | null;
                            issuedBy: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/invoices/{id}/xrechnung": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Die XRechnung (UBL 2.1) als XML */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/invoices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Die Rechnung als PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/it-faults/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fachbereiche, Kategorien, Prioritätsmatrix und Zielzeiten für die Aufnahme */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            tenantId: string;
                            tenantName: string;
                            departments: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                code: string | null;
                            }[];
                            categories: {
                                /** @enum {string} */
                                value: "workplace_pc" | "printer" | "telephone" | "application" | "network" | "email" | "access_rights" | "other";
                                label: string;
                            }[];
                            matrix: {
                                /** @enum {string} */
                                impact: "person" | "team" | "department";
                                label: string;
                                cells: {
                                    /** @enum {string} */
                                    urgency: "can_work" | "hindered" | "cannot_work";
                                    priority: number;
                                }[];
                            }[];
                            urgencies: {
                                /** @enum {string} */
                                value: "can_work" | "hindered" | "cannot_work";
                                label: string;
                            }[];
                            targets: {
                                priority: number;
                                label: string;
                                responseMinutes: number;
                                resolutionMinutes: number;
                            }[];
                            handover: {
                                mail: boolean;
                                webhook: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/it-faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** IT-Störungen (offene zuerst nach Priorität); overdue markiert */
        get: {
            parameters: {
                query?: {
                    open?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                tenantId: string;
                                reference: string;
                                /** @enum {string} */
                                source: "call" | "queue" | "api";
                                /** @enum {string} */
                                status: "recorded" | "handed_over" | "accepted" | "in_progress" | "waiting" | "resolved" | "closed" | "known_error";
                                statusLabel: string;
                                priority: number;
                                priorityLabel: string;
                                matrixPriority: number;
                                priorityExplanation: string;
                                priorityReason: string | null;
                                reporter: {
                                    name: string;
                                    room: string | null;
                                    phone: string | null;
                                    email: string | null;
                                };
                                department: {
                                    id: string | null;
                                    name: string;
                                };
                                asset: string | null;
                                /** @enum {string} */
                                category: "workplace_pc" | "printer" | "telephone" | "application" | "network" | "email" | "access_rights" | "other";
                                categoryLabel: string;
                                applicationName: string | null;
                                description: string;
                                /** @enum {string} */
                                impact: "person" | "team" | "department";
                                /** @enum {string} */
                                urgency: "can_work" | "hindered" | "cannot_work";
                                contactId: string | null;
                                workItemId: string | null;
                                knownError: {
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                    workaround: string;
                                    /** @enum {string} */
                                    status: "investigating" | "workaround" | "fixed" | "proposed";
                                } | null;
                                itTicketNumber: string | null;
                                itMessage: string | null;
                                workaround: string | null;
                                /** Format: date-time */
                                reportedAt: string;
                                /** Format: date-time */
                                responseDueAt: string;
                                /** Format: date-time */
                                resolutionDueAt: string;
                                isResponseOverdue: boolean;
                                isResolutionOverdue: boolean;
                                handedOverAt: string | null;
                                respondedAt: string | null;
                                resolvedAt: string | null;
                                closedAt: string | null;
                                createdByName: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** IT-Störung aufnehmen (stabile Schnittstelle): Priorität nach der ITIL-Matrix Auswirkung × Dringlichkeit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reporter: string | {
                            name: string;
                            room?: string | null;
                            phone?: string | null;
                            email?: string | null;
                        };
                        department: string;
                        asset?: string | null;
                        /** @enum {string} */
                        category: "workplace_pc" | "printer" | "telephone" | "application" | "network" | "email" | "access_rights" | "other";
                        applicationName?: string | null;
                        /** @enum {string} */
                        impact: "person" | "team" | "department";
                        /** @enum {string} */
                        urgency: "can_work" | "hindered" | "cannot_work";
                        description: string;
                        priority?: number;
                        priorityReason?: string | null;
                        /** Format: uuid */
                        knownErrorId?: string;
                        /** Format: uuid */
                        contactId?: string;
                        /** Format: uuid */
                        workItemId?: string;
                        /** Format: uuid */
                        tenantId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            reference: string;
                            /** @enum {string} */
                            source: "call" | "queue" | "api";
                            /** @enum {string} */
                            status: "recorded" | "handed_over" | "accepted" | "in_progress" | "waiting" | "resolved" | "closed" | "known_error";
                            statusLabel: string;
                            priority: number;
                            priorityLabel: string;
                            matrixPriority: number;
                            priorityExplanation: string;
                            priorityReason: string | null;
                            reporter: {
                                name: string;
                                room: string | null;
                                phone: string | null;
                                email: string | null;
                            };
                            department: {
                                id: string | null;
                                name: string;
                            };
                            asset: string | null;
                            /** @enum {string} */
                            category: "workplace_pc" | "printer" | "telephone" | "application" | "network" | "email" | "access_rights" | "other";
                            categoryLabel: string;
                            applicationName: string | null;
                            description: string;
                            /** @enum {string} */
                            impact: "person" | "team" | "department";
                            /** @enum {string} */
                            urgency: "can_work" | "hindered" | "cannot_work";
                            contactId: string | null;
                            workItemId: string | null;
                            knownError: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                workaround: string;
                                /** @enum {string} */
                                status: "investigating" | "workaround" | "fixed" | "proposed";
                            } | null;
                            itTicketNumber: string | null;
                            itMessage: string | null;
                            workaround: string | null;
                            /** Format: date-time */
                            reportedAt: string;
                            /** Format: date-time */
                            responseDueAt: string;
                            /** Format: date-time */
                            resolutionDueAt: string;
                            isResponseOverdue: boolean;
                            isResolutionOverdue: boolean;
                            handedOverAt: string | null;
                            respondedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                            createdByName: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/it-faults/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eine IT-Störung mit Verlauf, Webhook-Zustellungen und Mails */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            reference: string;
                            /** @enum {string} */
                            source: "call" | "queue" | "api";
                            /** @enum {string} */
                            status: "recorded" | "handed_over" | "accepted" | "in_progress" | "waiting" | "resolved" | "closed" | "known_error";
                            statusLabel: string;
                            priority: number;
                            priorityLabel: string;
                            matrixPriority: number;
                            priorityExplanation: string;
                            priorityReason: string | null;
                            reporter: {
                                name: string;
                                room: string | null;
                                phone: string | null;
                                email: string | null;
                            };
                            department: {
                                id: string | null;
                                name: string;
                            };
                            asset: string | null;
                            /** @enum {string} */
                            category: "workplace_pc" | "printer" | "telephone" | "application" | "network" | "email" | "access_rights" | "other";
                            categoryLabel: string;
                            applicationName: string | null;
                            description: string;
                            /** @enum {string} */
                            impact: "person" | "team" | "department";
                            /** @enum {string} */
                            urgency: "can_work" | "hindered" | "cannot_work";
                            contactId: string | null;
                            workItemId: string | null;
                            knownError: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                workaround: string;
                                /** @enum {string} */
                                status: "investigating" | "workaround" | "fixed" | "proposed";
                            } | null;
                            itTicketNumber: string | null;
                            itMessage: string | null;
                            workaround: string | null;
                            /** Format: date-time */
                            reportedAt: string;
                            /** Format: date-time */
                            responseDueAt: string;
                            /** Format: date-time */
                            resolutionDueAt: string;
                            isResponseOverdue: boolean;
                            isResolutionOverdue: boolean;
                            handedOverAt: string | null;
                            respondedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                            createdByName: string;
                            version: number;
                            events: {
                                /** Format: date-time */
                                at: string;
                                kind: string;
                                status: string | null;
                                message: string | null;
                                actorName: string;
                            }[];
                            deliveries: {
                                /** Format: uuid */
                                id: string;
                                event: string;
                                /** @enum {string} */
                                status: "pending" | "sending" | "delivered" | "failing" | "given_up";
                                attempts: number;
                                lastError: string | null;
                                lastStatusCode: number | null;
                                /** Format: date-time */
                                nextAttemptAt: string;
                                deliveredAt: string | null;
                                /** Format: uuid */
                                idempotencyKey: string;
                            }[];
                            mails: {
                                purpose: string;
                                status: string;
                                attempts: number;
                                lastError: string | null;
                                sentAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/it-faults/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Status vom IT-Service-Desk: API-Token (Bearer) oder HMAC-Signatur über Zeitstempel und Inhalt; gefälscht oder wiederholt: 401 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        itTicketNumber?: string | null;
                        /** @enum {string} */
                        status: "accepted" | "in_progress" | "waiting" | "resolved" | "closed";
                        message?: string | null;
                        workaround?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            reference: string;
                            /** @enum {string} */
                            source: "call" | "queue" | "api";
                            /** @enum {string} */
                            status: "recorded" | "handed_over" | "accepted" | "in_progress" | "waiting" | "resolved" | "closed" | "known_error";
                            statusLabel: string;
                            priority: number;
                            priorityLabel: string;
                            matrixPriority: number;
                            priorityExplanation: string;
                            priorityReason: string | null;
                            reporter: {
                                name: string;
                                room: string | null;
                                phone: string | null;
                                email: string | null;
                            };
                            department: {
                                id: string | null;
                                name: string;
                            };
                            asset: string | null;
                            /** @enum {string} */
                            category: "workplace_pc" | "printer" | "telephone" | "application" | "network" | "email" | "access_rights" | "other";
                            categoryLabel: string;
                            applicationName: string | null;
                            description: string;
                            /** @enum {string} */
                            impact: "person" | "team" | "department";
                            /** @enum {string} */
                            urgency: "can_work" | "hindered" | "cannot_work";
                            contactId: string | null;
                            workItemId: string | null;
                            knownError: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                workaround: string;
                                /** @enum {string} */
                                status: "investigating" | "workaround" | "fixed" | "proposed";
                            } | null;
                            itTicketNumber: string | null;
                            itMessage: string | null;
                            workaround: string | null;
                            /** Format: date-time */
                            reportedAt: string;
                            /** Format: date-time */
                            responseDueAt: string;
                            /** Format: date-time */
                            resolutionDueAt: string;
                            isResponseOverdue: boolean;
                            isResolutionOverdue: boolean;
                            handedOverAt: string | null;
                            respondedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                            createdByName: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/it-faults/known-errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bekannte Fehler suchen (Symptom in Alltagssprache, z. B. „drucker druckt nicht“) */
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            query: string;
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                tenantId: string;
                                title: string;
                                symptom: string;
                                keywords: string;
                                workaround: string;
                                /** @enum {string} */
                                category: "workplace_pc" | "printer" | "telephone" | "application" | "network" | "email" | "access_rights" | "other";
                                categoryLabel: string;
                                /** @enum {string} */
                                status: "investigating" | "workaround" | "fixed" | "proposed";
                                statusLabel: string;
                                itTicketNumber: string | null;
                                itTicketUrl: string | null;
                                proposedFromFaultId: string | null;
                                faultCount: number;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                                score: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Bekannten Fehler anlegen (IT-Service-Desk, Teamleitung) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        symptom: string;
                        keywords?: string | null;
                        workaround?: string | null;
                        /** @enum {string} */
                        category: "workplace_pc" | "printer" | "telephone" | "application" | "network" | "email" | "access_rights" | "other";
                        /**
                         * @default investigating
                         * @enum {string}
                         */
                        status?: "investigating" | "workaround" | "fixed" | "proposed";
                        itTicketNumber?: string | null;
                        itTicketUrl?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            title: string;
                            symptom: string;
                            keywords: string;
                            workaround: string;
                            /** @enum {string} */
                            category: "workplace_pc" | "printer" | "telephone" | "application" | "network" | "email" | "access_rights" | "other";
                            categoryLabel: string;
                            /** @enum {string} */
                            status: "investigating" | "workaround" | "fixed" | "proposed";
                            statusLabel: string;
                            itTicketNumber: string | null;
                            itTicketUrl: string | null;
                            proposedFromFaultId: string | null;
                            faultCount: number;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/it-faults/known-errors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Bekannten Fehler ändern oder einen Vorschlag bestätigen */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        symptom?: string;
                        keywords?: string | null;
                        workaround?: string | null;
                        /** @enum {string} */
                        category?: "workplace_pc" | "printer" | "telephone" | "application" | "network" | "email" | "access_rights" | "other";
                        /**
                         * @default investigating
                         * @enum {string}
                         */
                        status?: "investigating" | "workaround" | "fixed" | "proposed";
                        itTicketNumber?: string | null;
                        itTicketUrl?: string | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            title: string;
                            symptom: string;
                            keywords: string;
                            workaround: string;
                            /** @enum {string} */
                            category: "workplace_pc" | "printer" | "telephone" | "application" | "network" | "email" | "access_rights" | "other";
                            categoryLabel: string;
                            /** @enum {string} */
                            status: "investigating" | "workaround" | "fixed" | "proposed";
                            statusLabel: string;
                            itTicketNumber: string | null;
                            itTicketUrl: string | null;
                            proposedFromFaultId: string | null;
                            faultCount: number;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/it-faults/outages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Massenstörungen (aktive; mit all=true auch die der letzten 7 Tage) */
        get: {
            parameters: {
                query?: {
                    all?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                tenantId: string;
                                title: string;
                                /** @enum {string} */
                                category: "workplace_pc" | "printer" | "telephone" | "application" | "network" | "email" | "access_rights" | "other";
                                categoryLabel: string;
                                /** Format: date-time */
                                since: string;
                                callerMessage: string;
                                itTicketNumber: string | null;
                                /** @enum {string} */
                                status: "active" | "closed";
                                callCount: number;
                                declaredByName: string;
                                /** Format: date-time */
                                declaredAt: string;
                                closedAt: string | null;
                                closedByName: string | null;
                                closeNote: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Massenstörung ausrufen (IT-Service-Desk, Teamleitung): Banner auf jedem Arbeitsplatz */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        /** @enum {string} */
                        category: "workplace_pc" | "printer" | "telephone" | "application" | "network" | "email" | "access_rights" | "other";
                        since: unknown;
                        callerMessage: string;
                        itTicketNumber?: string | null;
                        /** Format: uuid */
                        tenantId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            title: string;
                            /** @enum {string} */
                            category: "workplace_pc" | "printer" | "telephone" | "application" | "network" | "email" | "access_rights" | "other";
                            categoryLabel: string;
                            /** Format: date-time */
                            since: string;
                            callerMessage: string;
                            itTicketNumber: string | null;
                            /** @enum {string} */
                            status: "active" | "closed";
                            callCount: number;
                            declaredByName: string;
                            /** Format: date-time */
                            declaredAt: string;
                            closedAt: string | null;
                            closedByName: string | null;
                            closeNote: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/it-faults/outages/{id}/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Anruf zur Massenstörung zählen (statt einer eigenen Störung) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        contactId?: string;
                        reporterName?: string | null;
                        department?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            title: string;
                            /** @enum {string} */
                            category: "workplace_pc" | "printer" | "telephone" | "application" | "network" | "email" | "access_rights" | "other";
                            categoryLabel: string;
                            /** Format: date-time */
                            since: string;
                            callerMessage: string;
                            itTicketNumber: string | null;
                            /** @enum {string} */
                            status: "active" | "closed";
                            callCount: number;
                            declaredByName: string;
                            /** Format: date-time */
                            declaredAt: string;
                            closedAt: string | null;
                            closedByName: string | null;
                            closeNote: string | null;
                            version: number;
                            wasCounted: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/it-faults/outages/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Massenstörung beenden: die IT erhält einmal die Zahl der Anrufe */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            tenantId: string;
                            title: string;
                            /** @enum {string} */
                            category: "workplace_pc" | "printer" | "telephone" | "application" | "network" | "email" | "access_rights" | "other";
                            categoryLabel: string;
                            /** Format: date-time */
                            since: string;
                            callerMessage: string;
                            itTicketNumber: string | null;
                            /** @enum {string} */
                            status: "active" | "closed";
                            callCount: number;
                            declaredByName: string;
                            /** Format: date-time */
                            declaredAt: string;
                            closedAt: string | null;
                            closedByName: string | null;
                            closeNote: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/it-faults/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reaktions- und Lösungszeiten je Priorität und Kategorie (Berliner Tage von–bis) */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            to: string;
                            lines: {
                                priority: number;
                                category: string;
                                categoryLabel: string;
                                faults: number;
                                responded: number;
                                responseMedianMinutes: number | null;
                                responseP90Minutes: number | null;
                                responseWithinTargetPercent: number | null;
                                resolved: number;
                                resolutionMedianMinutes: number | null;
                                resolutionP90Minutes: number | null;
                                resolutionWithinTargetPercent: number | null;
                                overdueOpen: number;
                            }[];
                            byPriority: {
                                priority: number;
                                faults: number;
                                responded: number;
                                responseMedianMinutes: number | null;
                                responseP90Minutes: number | null;
                                responseWithinTargetPercent: number | null;
                                resolved: number;
                                resolutionMedianMinutes: number | null;
                                resolutionP90Minutes: number | null;
                                resolutionWithinTargetPercent: number | null;
                                overdueOpen: number;
                            }[];
                            targets: {
                                priority: number;
                                label: string;
                                responseMinutes: number;
                                resolutionMinutes: number;
                            }[];
                            outages: {
                                declared: number;
                                calls: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/it-faults/outages/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Aktive Massenstörungen live (Server-Sent Events) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Aufbewahrungsfristen je Datenart */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                kind: string;
                                module: string;
                                label: string;
                                /** @enum {string} */
                                action: "delete" | "anonymise";
                                basis: string;
                                restrictable: boolean;
                                restrictionNote: string | null;
                                defaultDays: number;
                                minDays: number;
                                maxDays: number;
                                days: number;
                                updatedAt: string | null;
                                updatedBy: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        /** Aufbewahrungsfristen setzen (Administration) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            kind: string;
                            days: number;
                            version: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                kind: string;
                                module: string;
                                label: string;
                                /** @enum {string} */
                                action: "delete" | "anonymise";
                                basis: string;
                                restrictable: boolean;
                                restrictionNote: string | null;
                                defaultDays: number;
                                minDays: number;
                                maxDays: number;
                                days: number;
                                updatedAt: string | null;
                                updatedBy: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy/retention/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Läufe der Löschung: was je Datenart gelöscht oder anonymisiert wurde */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                ranAt: string;
                                trigger: string;
                                actorName: string;
                                counts: {
                                    [key: string]: number;
                                };
                                cutoffs: {
                                    [key: string]: string;
                                };
                                kept: {
                                    [key: string]: number;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy/retention/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Löschung jetzt ausführen (Administration) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            ranAt: string;
                            trigger: string;
                            actorName: string;
                            counts: {
                                [key: string]: number;
                            };
                            cutoffs: {
                                [key: string]: string;
                            };
                            kept: {
                                [key: string]: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy/subjects/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Alles zu einer Person finden (Datenschutz) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        subject: {
                            email?: string;
                            phone?: string;
                            name?: string;
                            /** Format: date */
                            birthDate?: string;
                            referenceCode?: string;
                        };
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                module: string;
                                kind: string;
                                id: string;
                                tenantId: string | null;
                                at: string | null;
                                matchedBy: string[];
                                summary: string;
                                restricted: boolean;
                                retentionDueSince: string | null;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy/subjects/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Auskunft nach Art. 15 DSGVO (JSON oder PDF) */
        post: {
            parameters: {
                query?: {
                    format?: "json" | "pdf";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        subject: {
                            email?: string;
                            phone?: string;
                            name?: string;
                            /** Format: date */
                            birthDate?: string;
                            referenceCode?: string;
                        };
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy/subjects/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Löschen nach Art. 17 DSGVO (eingeschränkte Einträge bleiben) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        subject: {
                            email?: string;
                            phone?: string;
                            name?: string;
                            /** Format: date */
                            birthDate?: string;
                            referenceCode?: string;
                        };
                        reason: string;
                        recordIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            request: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                at: string;
                                kind: string;
                                subject: {
                                    [key: string]: string;
                                };
                                reason: string;
                                actorName: string;
                                recordCount: number;
                                records: {
                                    module: string;
                                    kind: string;
                                    id: string;
                                    tenantId: string | null;
                                }[];
                            };
                            erased: number;
                            keptRestricted: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy/subjects/restrict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Einschränken nach Art. 18 DSGVO */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        subject: {
                            email?: string;
                            phone?: string;
                            name?: string;
                            /** Format: date */
                            birthDate?: string;
                            referenceCode?: string;
                        };
                        reason: string;
                        recordIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            request: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                at: string;
                                kind: string;
                                subject: {
                                    [key: string]: string;
                                };
                                reason: string;
                                actorName: string;
                                recordCount: number;
                                records: {
                                    module: string;
                                    kind: string;
                                    id: string;
                                    tenantId: string | null;
                                }[];
                            };
                            restricted: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Protokoll der Betroffenenanfragen (Datenschutz, Revision) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                at: string;
                                kind: string;
                                subject: {
                                    [key: string]: string;
                                };
                                reason: string;
                                actorName: string;
                                recordCount: number;
                                records: {
                                    module: string;
                                    kind: string;
                                    id: string;
                                    tenantId: string | null;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy/processing-activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verzeichnis der Verarbeitungstätigkeiten (Art. 30 DSGVO) als JSON, PDF oder XLSX */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "pdf" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Betriebsbereitschaft eines Mandanten: Prüfungen aus den Daten (Pflicht/optional, erfüllt, Hinweis) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ready: boolean;
                            checks: {
                                /** @description One of: hotlines, departments, knowledge, appointments, billing, agents, service_hours, closing_days, data_protection */
                                key: string;
                                mandatory: boolean;
                                ok: boolean;
                                detail: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/onboarding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Onboarding eines Mandanten: Vereinbarungsteile, Schritte, Dokumente */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            onboarding: {
                                /** Format: uuid */
                                tenantId: string;
                                answeredCategories: string[];
                                forwardedServices: string | null;
                                includesBookings: boolean;
                                bookedServices: string | null;
                                technicalNotes: string | null;
                                processingAgreementSignedOn: string | null;
                                noticeMonths: number | null;
                                retentionMonths: number;
                                goLiveOn: string | null;
                                goLiveLifecycle: ("pilot" | "live") | null;
                                goLiveOverrideReason: string | null;
                                goLiveCheckedAt: string | null;
                                goLiveOutcome: string | null;
                                leavingOn: string | null;
                                exportedAt: string | null;
                                deletionDueOn: string | null;
                                deletedAt: string | null;
                                version: number;
                            };
                            steps: {
                                /** @enum {string} */
                                stepKey: "tasks" | "technical" | "data_protection" | "cost_refund" | "term";
                                /** @enum {string} */
                                owner: "center" | "municipality";
                                /** @enum {string} */
                                status: "open" | "in_progress" | "done";
                                dueOn: string | null;
                                doneOn: string | null;
                                note: string | null;
                                version: number;
                            }[];
                            documents: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                stepKey: "tasks" | "technical" | "data_protection" | "cost_refund" | "term";
                                fileName: string;
                                sizeBytes: number;
                                sha256: string;
                                uploadedBy: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Onboarding ändern (Aufgaben, Technik, Datenschutz, Laufzeit, geplanter Start oder Austritt); version 0 legt an */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        answeredCategories?: ("buergeramt" | "standesamt" | "fahrzeuge" | "fuehrerschein" | "abfall" | "steuern" | "gewerbe" | "bauen" | "auslaender" | "soziales" | "schule_kita" | "ordnung" | "verkehr" | "umwelt_gesundheit")[];
                        forwardedServices?: string | null;
                        includesBookings?: boolean;
                        bookedServices?: string | null;
                        technicalNotes?: string | null;
                        processingAgreementSignedOn?: string | null;
                        noticeMonths?: number | null;
                        retentionMonths?: number;
                        goLiveOn?: string | null;
                        goLiveLifecycle?: ("pilot" | "live") | null;
                        goLiveOverrideReason?: string | null;
                        leavingOn?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            tenantId: string;
                            answeredCategories: string[];
                            forwardedServices: string | null;
                            includesBookings: boolean;
                            bookedServices: string | null;
                            technicalNotes: string | null;
                            processingAgreementSignedOn: string | null;
                            noticeMonths: number | null;
                            retentionMonths: number;
                            goLiveOn: string | null;
                            goLiveLifecycle: ("pilot" | "live") | null;
                            goLiveOverrideReason: string | null;
                            goLiveCheckedAt: string | null;
                            goLiveOutcome: string | null;
                            leavingOn: string | null;
                            exportedAt: string | null;
                            deletionDueOn: string | null;
                            deletedAt: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/onboarding/steps/{stepKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Schritt der Zweckvereinbarung: zuständig, Stand, Datum, Notiz */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    stepKey: "tasks" | "technical" | "data_protection" | "cost_refund" | "term";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @enum {string} */
                        owner: "center" | "municipality";
                        /** @enum {string} */
                        status: "open" | "in_progress" | "done";
                        dueOn: string | null;
                        doneOn: string | null;
                        note: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            stepKey: "tasks" | "technical" | "data_protection" | "cost_refund" | "term";
                            /** @enum {string} */
                            owner: "center" | "municipality";
                            /** @enum {string} */
                            status: "open" | "in_progress" | "done";
                            dueOn: string | null;
                            doneOn: string | null;
                            note: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/onboarding/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dokument (PDF, höchstens 5 MB) zu einem Schritt hochladen: Körper application/pdf */
        post: {
            parameters: {
                query: {
                    stepKey: "tasks" | "technical" | "data_protection" | "cost_refund" | "term";
                    fileName: string;
                };
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            stepKey: "tasks" | "technical" | "data_protection" | "cost_refund" | "term";
                            fileName: string;
                            sizeBytes: number;
                            sha256: string;
                            uploadedBy: string;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/onboarding/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dokument herunterladen (PDF) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** Dokument entfernen */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{tenantId}/onboarding/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Austritt: Datenexport für die Kommune (Vereinbarung, Fachbereiche, Ansprechpersonen, Onboarding) als JSON */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/announcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Neue und ausscheidende Mandanten (Hinweis auf dem Arbeitsplatz) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                tenantId: string;
                                tenantName: string;
                                /** @enum {string} */
                                kind: "joined" | "joins" | "left";
                                /** @enum {string} */
                                lifecycle: "planned" | "pilot" | "live" | "ended";
                                day: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/privacy/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Speicherfristen für die Datenschutzhinweise (öffentlich) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                kind: string;
                                label: string;
                                /** @enum {string} */
                                action: "delete" | "anonymise";
                                basis: string;
                                days: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API-Tokens (ohne die Tokens selbst) und die möglichen Berechtigungen */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                scopes: ("telephony:events" | "itfaults:status" | "reporting:read" | "billing:read" | "metrics:read")[];
                                tenantId: string | null;
                                tokenPrefix: string | null;
                                subjectType: string | null;
                                subjectId: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string;
                                expiresAt: string | null;
                                revokedAt: string | null;
                                revokedBy: string | null;
                                lastUsedAt: string | null;
                                /** @enum {string} */
                                state: "active" | "expired" | "revoked";
                            }[];
                            scopes: {
                                /** @enum {string} */
                                scope: "telephony:events" | "itfaults:status" | "reporting:read" | "billing:read" | "metrics:read";
                                label: string;
                                issuedHere: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** API-Token ausstellen (das Token wird nur in dieser Antwort gezeigt) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        scopes: ("telephony:events" | "itfaults:status" | "reporting:read" | "billing:read" | "metrics:read")[];
                        /** @default 365 */
                        expiresInDays?: number;
                        tenantId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            item: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                scopes: ("telephony:events" | "itfaults:status" | "reporting:read" | "billing:read" | "metrics:read")[];
                                tenantId: string | null;
                                tokenPrefix: string | null;
                                subjectType: string | null;
                                subjectId: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string;
                                expiresAt: string | null;
                                revokedAt: string | null;
                                revokedBy: string | null;
                                lastUsedAt: string | null;
                                /** @enum {string} */
                                state: "active" | "expired" | "revoked";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** API-Token widerrufen (sofort wirksam; bleibt in der Liste) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            scopes: ("telephony:events" | "itfaults:status" | "reporting:read" | "billing:read" | "metrics:read")[];
                            tenantId: string | null;
                            tokenPrefix: string | null;
                            subjectType: string | null;
                            subjectId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            expiresAt: string | null;
                            revokedAt: string | null;
                            revokedBy: string | null;
                            lastUsedAt: string | null;
                            /** @enum {string} */
                            state: "active" | "expired" | "revoked";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

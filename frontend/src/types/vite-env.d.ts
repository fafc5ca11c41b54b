// Vite's types for what it replaces at build time (import.meta.env) and for its asset imports.
/// <reference types="vite/client" />

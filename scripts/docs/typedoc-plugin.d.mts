// Types of the local typedoc plugin (typedoc-plugin.mjs), for the tests that import it.
import type { Application } from 'typedoc';

/** The sidebar section and document group for therapists. */
export declare const THERAPISTS: string;
/** The purpose group of every name that an entry point exports, from its section comments. */
export declare function groupsFromSections(source: string): Map<string, string>;
/** Loads the plugin into a typedoc application. */
export declare function load(app: Application): void;

/**
 * A device's make and model as a technician says it, the one home of that rule (status, alert and helpdesk cards):
 * OEMs register under their legal names ("Microsoft Corporation", "Hewlett-Packard", "LENOVO") and often repeat
 * their name in the model ("HP" + "HP EliteBook 840"). Lenovo's model is a machine type ("21HDCTO1WW"): the family
 * ("ThinkPad T14 Gen 4") is what people call it.
 */

/** Legal or registered maker names → the name on the device, lower-case keys. */
const MAKERS: Record<string, string> = {
    'microsoft corporation': 'Microsoft',
    microsoft: 'Microsoft',
    'hewlett-packard': 'HP',
    'hp inc.': 'HP',
    hp: 'HP',
    'dell inc.': 'Dell',
    dell: 'Dell',
    lenovo: 'Lenovo',
    'asustek computer inc.': 'ASUS',
    'acer inc.': 'Acer',
    'fujitsu client computing limited': 'Fujitsu',
    'panasonic corporation': 'Panasonic',
    'samsung electronics co., ltd.': 'Samsung'
};

/** A Lenovo-style machine type: letters and digits only, no space, 10 characters ("21HDCTO1WW"). */
const MACHINE_TYPE = /^[0-9A-Z]{10}$/;

export function makerName(manufacturer: string | undefined): string | undefined {
    const trimmed = manufacturer?.trim();
    if (!trimmed) return undefined;
    return MAKERS[trimmed.toLowerCase()] ?? trimmed;
}

/** "HP EliteBook 840 G10", "Microsoft Surface Laptop 5", "Lenovo ThinkPad T14 Gen 4 (21HDCTO1WW)"; undefined when nothing is known. */
export function deviceModelName(device: { manufacturer?: string; model?: string; systemFamily?: string }): string | undefined {
    const maker = makerName(device.manufacturer);
    const model = device.model?.trim() || undefined;
    const family = device.systemFamily?.trim() || undefined;
    // The family names the product when the model is a machine type, or missing.
    const product = family && (!model || MACHINE_TYPE.test(model)) && !/^[0-9A-F]{4}_/i.test(family) ? (model ? `${family} (${model})` : family) : model;
    if (!product) return maker;
    if (!maker) return product;
    // Said once: "HP" + "HP ProBook 440", "Microsoft Corporation" + "Microsoft Surface…", "Dell Inc." + "Dell Inc. Latitude".
    for (const name of [device.manufacturer!.trim(), maker]) {
        if (startsWithWord(product, name)) return `${maker}${product.slice(name.length)}`;
    }
    // "Contoso Devices" + "Contoso Book 2": the brand alone already leads the model.
    const brand = device.manufacturer!.trim().split(/\s+/)[0];
    if (brand.length > 1 && startsWithWord(product, brand)) return product;
    return `${maker} ${product}`;
}

/** `text` starts with `word` as a whole word ("HP ProBook", not "HPE ProLiant"), case aside. */
function startsWithWord(text: string, word: string): boolean {
    return text.toLowerCase().startsWith(word.toLowerCase()) && (text.length === word.length || !/[\p{L}\p{N}]/u.test(text[word.length]));
}

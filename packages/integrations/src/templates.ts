/**
 * The dialog templates, for whoever runs the dialog engine (the widget, the terminal chat, the
 * transcript runner). The proxy never imports this entry point.
 */
export {};

/** Copy of schemas/meta/ui.schema.json (a test keeps them equal): the package must not read outside itself. */
export const UI_META_SCHEMA = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://dvc-kit.dev/schemas/meta/ui.schema.json",
  "title": "dvc-kit UI vocabulary (the x-ui keyword)",
  "description": "What JSON Schema cannot say about how a field is shown. Allowed on any subschema as the value of \"x-ui\".",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "widget": {
      "description": "Override the widget chosen from the schema. \"address\" renders an object {provinceCode, communeCode, street} with <dvc-address-picker>. \"file\" renders an array of file metadata {name, size, type} with <dvc-file-upload> (made from x-dvc.components).",
      "enum": [
        "text",
        "textarea",
        "email",
        "url",
        "tel",
        "password",
        "number",
        "integer",
        "date",
        "datetime",
        "time",
        "checkbox",
        "radio",
        "select",
        "checkboxes",
        "address",
        "file"
      ]
    },
    "order": {
      "description": "Order of an object's properties. \"*\" stands for every property not listed, in schema order.",
      "type": "array",
      "items": {
        "type": "string"
      },
      "uniqueItems": true
    },
    "sections": {
      "description": "Group an object's properties into sections, shown as fieldsets with headings (later: steps). Properties not listed follow in a last, untitled group.",
      "type": "array",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "title",
          "fields"
        ],
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[a-z][a-z0-9-]*$"
          },
          "title": {
            "$ref": "#/$defs/text"
          },
          "description": {
            "$ref": "#/$defs/text"
          },
          "fields": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "minItems": 1,
            "uniqueItems": true
          }
        }
      }
    },
    "placeholder": {
      "$ref": "#/$defs/text"
    },
    "help": {
      "description": "Help text; overrides description in the form.",
      "$ref": "#/$defs/text"
    },
    "inputMode": {
      "enum": [
        "none",
        "text",
        "decimal",
        "numeric",
        "tel",
        "search",
        "email",
        "url"
      ]
    },
    "autocomplete": {
      "type": "string"
    },
    "rows": {
      "type": "integer",
      "minimum": 1,
      "maximum": 40
    },
    "itemLabel": {
      "description": "Name of one item of an array, e.g. \"Thành viên\".",
      "$ref": "#/$defs/text"
    },
    "en": {
      "description": "English text for this field: title, description and option titles by value.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "title": {
          "type": "string"
        },
        "description": {
          "type": "string"
        },
        "placeholder": {
          "type": "string"
        },
        "itemLabel": {
          "type": "string"
        },
        "options": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          }
        }
      }
    },
    "messages": {
      "description": "Per-field message overrides by validation keyword (required, pattern, format, minLength, …).",
      "type": "object",
      "propertyNames": {
        "pattern": "^[a-zA-Z]+$"
      },
      "additionalProperties": {
        "$ref": "#/$defs/text"
      }
    }
  },
  "$defs": {
    "text": {
      "description": "Vietnamese text, or Vietnamese and English.",
      "oneOf": [
        {
          "type": "string"
        },
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "vi"
          ],
          "properties": {
            "vi": {
              "type": "string"
            },
            "en": {
              "type": "string"
            }
          }
        }
      ]
    }
  }
} as const;

/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $isFinite = $util.global.isFinite, $String = $util.global.String, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const irqscale = $root.irqscale = (() => {

    /**
     * Namespace irqscale.
     * @exports irqscale
     * @namespace
     */
    const irqscale = {};

    irqscale.PholdMsg = (function() {

        /**
         * Properties of a PholdMsg.
         * @typedef {Object} irqscale.PholdMsg.$Properties
         * @property {number|null} [hops] PholdMsg hops
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PholdMsg.
         * @memberof irqscale
         * @interface IPholdMsg
         * @augments irqscale.PholdMsg.$Properties
         * @deprecated Use irqscale.PholdMsg.$Properties instead.
         */

        /**
         * Shape of a PholdMsg.
         * @typedef {irqscale.PholdMsg.$Properties} irqscale.PholdMsg.$Shape
         */

        /**
         * Constructs a new PholdMsg.
         * @memberof irqscale
         * @classdesc Represents a PholdMsg.
         * @constructor
         * @param {irqscale.PholdMsg.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PholdMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PholdMsg hops.
         * @member {number} hops
         * @memberof irqscale.PholdMsg
         * @instance
         */
        PholdMsg.prototype.hops = 0;

        /**
         * Creates a new PholdMsg instance using the specified properties.
         * @function create
         * @memberof irqscale.PholdMsg
         * @static
         * @param {irqscale.PholdMsg.$Properties=} [properties] Properties to set
         * @returns {irqscale.PholdMsg} PholdMsg instance
         * @type {{
         *   (properties: irqscale.PholdMsg.$Shape): irqscale.PholdMsg & irqscale.PholdMsg.$Shape;
         *   (properties?: irqscale.PholdMsg.$Properties): irqscale.PholdMsg;
         * }}
         */
        PholdMsg.create = function(properties) {
            return new PholdMsg(properties);
        };

        /**
         * Encodes the specified PholdMsg message. Does not implicitly {@link irqscale.PholdMsg.verify|verify} messages.
         * @function encode
         * @memberof irqscale.PholdMsg
         * @static
         * @param {irqscale.PholdMsg.$Properties} message PholdMsg message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PholdMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.hops != null && $Object.hasOwnProperty.call(message, "hops") && message.hops !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.hops);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified PholdMsg message, length delimited. Does not implicitly {@link irqscale.PholdMsg.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.PholdMsg
         * @static
         * @param {irqscale.PholdMsg.$Properties} message PholdMsg message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PholdMsg.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PholdMsg message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.PholdMsg
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.PholdMsg & irqscale.PholdMsg.$Shape} PholdMsg
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PholdMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.irqscale.PholdMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.hops = value;
                        else
                            delete message.hops;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a PholdMsg message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.PholdMsg
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.PholdMsg & irqscale.PholdMsg.$Shape} PholdMsg
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PholdMsg.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a PholdMsg message.
         * @function verify
         * @memberof irqscale.PholdMsg
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PholdMsg.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.hops != null && $Object.hasOwnProperty.call(message, "hops"))
                if (!$util.isInteger(message.hops))
                    return "hops: integer expected";
            return null;
        };

        /**
         * Creates a PholdMsg message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.PholdMsg
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.PholdMsg} PholdMsg
         */
        PholdMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.PholdMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.PholdMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.PholdMsg();
            if (object.hops != null)
                if ($Number(object.hops) !== 0)
                    message.hops = object.hops >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a PholdMsg message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.PholdMsg
         * @static
         * @param {irqscale.PholdMsg} message PholdMsg
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PholdMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.hops = 0;
            if (message.hops != null && $Object.hasOwnProperty.call(message, "hops"))
                object.hops = message.hops;
            return object;
        };

        /**
         * Converts this PholdMsg to JSON.
         * @function toJSON
         * @memberof irqscale.PholdMsg
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PholdMsg.prototype.toJSON = function() {
            return PholdMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PholdMsg
         * @function getTypeUrl
         * @memberof irqscale.PholdMsg
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PholdMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.PholdMsg";
        };

        return PholdMsg;
    })();

    irqscale.Envelope = (function() {

        /**
         * Properties of an Envelope.
         * @typedef {Object} irqscale.Envelope.$Properties
         * @property {number|null} [time] Envelope time
         * @property {number|null} [src] Envelope src
         * @property {number|null} [seq] Envelope seq
         * @property {number|null} [dst] Envelope dst
         * @property {irqscale.PholdMsg.$Properties|null} [phold] Envelope phold
         * @property {"phold"} [payload] Envelope payload
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Envelope.
         * @memberof irqscale
         * @interface IEnvelope
         * @augments irqscale.Envelope.$Properties
         * @deprecated Use irqscale.Envelope.$Properties instead.
         */

        /**
         * Narrowed shape of an Envelope.
         * @typedef {{
         *   time?: number|null;
         *   src?: number|null;
         *   seq?: number|null;
         *   dst?: number|null;
         *   phold?: irqscale.PholdMsg.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ payload?: undefined; phold?: null }|{ payload?: "phold"; phold: irqscale.PholdMsg.$Shape })
         * )} irqscale.Envelope.$Shape
         */

        /**
         * Constructs a new Envelope.
         * @memberof irqscale
         * @classdesc Represents an Envelope.
         * @constructor
         * @param {irqscale.Envelope.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Envelope = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Envelope time.
         * @member {number} time
         * @memberof irqscale.Envelope
         * @instance
         */
        Envelope.prototype.time = 0;

        /**
         * Envelope src.
         * @member {number} src
         * @memberof irqscale.Envelope
         * @instance
         */
        Envelope.prototype.src = 0;

        /**
         * Envelope seq.
         * @member {number} seq
         * @memberof irqscale.Envelope
         * @instance
         */
        Envelope.prototype.seq = 0;

        /**
         * Envelope dst.
         * @member {number} dst
         * @memberof irqscale.Envelope
         * @instance
         */
        Envelope.prototype.dst = 0;

        /**
         * Envelope phold.
         * @member {irqscale.PholdMsg.$Properties|null|undefined} phold
         * @memberof irqscale.Envelope
         * @instance
         */
        Envelope.prototype.phold = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * Envelope payload.
         * @member {"phold"|undefined} payload
         * @memberof irqscale.Envelope
         * @instance
         */
        $Object.defineProperty(Envelope.prototype, "payload", {
            get: $util.oneOfGetter($oneOfFields = ["phold"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new Envelope instance using the specified properties.
         * @function create
         * @memberof irqscale.Envelope
         * @static
         * @param {irqscale.Envelope.$Properties=} [properties] Properties to set
         * @returns {irqscale.Envelope} Envelope instance
         * @type {{
         *   (properties: irqscale.Envelope.$Shape): irqscale.Envelope & irqscale.Envelope.$Shape;
         *   (properties?: irqscale.Envelope.$Properties): irqscale.Envelope;
         * }}
         */
        Envelope.create = function(properties) {
            return new Envelope(properties);
        };

        /**
         * Encodes the specified Envelope message. Does not implicitly {@link irqscale.Envelope.verify|verify} messages.
         * @function encode
         * @memberof irqscale.Envelope
         * @static
         * @param {irqscale.Envelope.$Properties} message Envelope message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Envelope.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.time != null && $Object.hasOwnProperty.call(message, "time") && !$Object.is(message.time, 0))
                writer.uint32(/* id 1, wireType 1 =*/9).double(message.time);
            if (message.src != null && $Object.hasOwnProperty.call(message, "src") && message.src !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.src);
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.seq);
            if (message.dst != null && $Object.hasOwnProperty.call(message, "dst") && message.dst !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.dst);
            if (message.phold != null && $Object.hasOwnProperty.call(message, "phold"))
                $root.irqscale.PholdMsg.encode(message.phold, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Envelope message, length delimited. Does not implicitly {@link irqscale.Envelope.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.Envelope
         * @static
         * @param {irqscale.Envelope.$Properties} message Envelope message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Envelope.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an Envelope message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.Envelope
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.Envelope & irqscale.Envelope.$Shape} Envelope
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Envelope.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.irqscale.Envelope();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.time = value;
                        else
                            delete message.time;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.src = value;
                        else
                            delete message.src;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.seq = value;
                        else
                            delete message.seq;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.dst = value;
                        else
                            delete message.dst;
                        continue;
                    }
                case 16: {
                        if (wireType !== 2)
                            break;
                        message.phold = $root.irqscale.PholdMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.phold);
                        message.payload = "phold";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an Envelope message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.Envelope
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.Envelope & irqscale.Envelope.$Shape} Envelope
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Envelope.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an Envelope message.
         * @function verify
         * @memberof irqscale.Envelope
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Envelope.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                if (typeof message.time !== "number")
                    return "time: number expected";
            if (message.src != null && $Object.hasOwnProperty.call(message, "src"))
                if (!$util.isInteger(message.src))
                    return "src: integer expected";
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                if (!$util.isInteger(message.seq))
                    return "seq: integer expected";
            if (message.dst != null && $Object.hasOwnProperty.call(message, "dst"))
                if (!$util.isInteger(message.dst))
                    return "dst: integer expected";
            if (message.phold != null && $Object.hasOwnProperty.call(message, "phold")) {
                properties.payload = 1;
                {
                    let error = $root.irqscale.PholdMsg.verify(message.phold, _depth + 1);
                    if (error)
                        return "phold." + error;
                }
            }
            return null;
        };

        /**
         * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.Envelope
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.Envelope} Envelope
         */
        Envelope.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.Envelope)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.Envelope: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.Envelope();
            if (object.time != null)
                if (!$Object.is($Number(object.time), 0))
                    message.time = $Number(object.time);
            if (object.src != null)
                if ($Number(object.src) !== 0)
                    message.src = object.src >>> 0;
            if (object.seq != null)
                if ($Number(object.seq) !== 0)
                    message.seq = object.seq >>> 0;
            if (object.dst != null)
                if ($Number(object.dst) !== 0)
                    message.dst = object.dst >>> 0;
            if (object.phold != null) {
                if (!$util.isObject(object.phold))
                    throw $TypeError(".irqscale.Envelope.phold: object expected");
                message.phold = $root.irqscale.PholdMsg.fromObject(object.phold, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from an Envelope message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.Envelope
         * @static
         * @param {irqscale.Envelope} message Envelope
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Envelope.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.time = 0;
                object.src = 0;
                object.seq = 0;
                object.dst = 0;
            }
            if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                object.time = options.json && !$isFinite(message.time) ? $String(message.time) : message.time;
            if (message.src != null && $Object.hasOwnProperty.call(message, "src"))
                object.src = message.src;
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                object.seq = message.seq;
            if (message.dst != null && $Object.hasOwnProperty.call(message, "dst"))
                object.dst = message.dst;
            if (message.phold != null && $Object.hasOwnProperty.call(message, "phold")) {
                object.phold = $root.irqscale.PholdMsg.toObject(message.phold, options, _depth + 1);
                if (options.oneofs)
                    object.payload = "phold";
            }
            return object;
        };

        /**
         * Converts this Envelope to JSON.
         * @function toJSON
         * @memberof irqscale.Envelope
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Envelope.prototype.toJSON = function() {
            return Envelope.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Envelope
         * @function getTypeUrl
         * @memberof irqscale.Envelope
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Envelope.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.Envelope";
        };

        return Envelope;
    })();

    irqscale.Batch = (function() {

        /**
         * Properties of a Batch.
         * @typedef {Object} irqscale.Batch.$Properties
         * @property {string|null} [runId] Batch runId
         * @property {number|null} [window] Batch window
         * @property {number|null} [srcPartition] Batch srcPartition
         * @property {number|null} [dstPartition] Batch dstPartition
         * @property {Array.<irqscale.Envelope.$Properties>|null} [events] Batch events
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Batch.
         * @memberof irqscale
         * @interface IBatch
         * @augments irqscale.Batch.$Properties
         * @deprecated Use irqscale.Batch.$Properties instead.
         */

        /**
         * Shape of a Batch.
         * @typedef {{
         *   runId?: string|null;
         *   window?: number|null;
         *   srcPartition?: number|null;
         *   dstPartition?: number|null;
         *   events?: Array.<irqscale.Envelope.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} irqscale.Batch.$Shape
         */

        /**
         * Constructs a new Batch.
         * @memberof irqscale
         * @classdesc Represents a Batch.
         * @constructor
         * @param {irqscale.Batch.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Batch = function (properties) {
            this.events = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Batch runId.
         * @member {string} runId
         * @memberof irqscale.Batch
         * @instance
         */
        Batch.prototype.runId = "";

        /**
         * Batch window.
         * @member {number} window
         * @memberof irqscale.Batch
         * @instance
         */
        Batch.prototype.window = 0;

        /**
         * Batch srcPartition.
         * @member {number} srcPartition
         * @memberof irqscale.Batch
         * @instance
         */
        Batch.prototype.srcPartition = 0;

        /**
         * Batch dstPartition.
         * @member {number} dstPartition
         * @memberof irqscale.Batch
         * @instance
         */
        Batch.prototype.dstPartition = 0;

        /**
         * Batch events.
         * @member {Array.<irqscale.Envelope.$Properties>} events
         * @memberof irqscale.Batch
         * @instance
         */
        Batch.prototype.events = $util.emptyArray;

        /**
         * Creates a new Batch instance using the specified properties.
         * @function create
         * @memberof irqscale.Batch
         * @static
         * @param {irqscale.Batch.$Properties=} [properties] Properties to set
         * @returns {irqscale.Batch} Batch instance
         * @type {{
         *   (properties: irqscale.Batch.$Shape): irqscale.Batch & irqscale.Batch.$Shape;
         *   (properties?: irqscale.Batch.$Properties): irqscale.Batch;
         * }}
         */
        Batch.create = function(properties) {
            return new Batch(properties);
        };

        /**
         * Encodes the specified Batch message. Does not implicitly {@link irqscale.Batch.verify|verify} messages.
         * @function encode
         * @memberof irqscale.Batch
         * @static
         * @param {irqscale.Batch.$Properties} message Batch message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Batch.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
            if (message.window != null && $Object.hasOwnProperty.call(message, "window") && message.window !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.window);
            if (message.srcPartition != null && $Object.hasOwnProperty.call(message, "srcPartition") && message.srcPartition !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.srcPartition);
            if (message.dstPartition != null && $Object.hasOwnProperty.call(message, "dstPartition") && message.dstPartition !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.dstPartition);
            if (message.events != null && message.events.length)
                for (let i = 0; i < message.events.length; ++i)
                    $root.irqscale.Envelope.encode(message.events[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Batch message, length delimited. Does not implicitly {@link irqscale.Batch.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.Batch
         * @static
         * @param {irqscale.Batch.$Properties} message Batch message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Batch.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Batch message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.Batch
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.Batch & irqscale.Batch.$Shape} Batch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Batch.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.irqscale.Batch();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.runId = value;
                        else
                            delete message.runId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.window = value;
                        else
                            delete message.window;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.srcPartition = value;
                        else
                            delete message.srcPartition;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.dstPartition = value;
                        else
                            delete message.dstPartition;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.events && message.events.length))
                            message.events = [];
                        message.events.push($root.irqscale.Envelope.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a Batch message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.Batch
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.Batch & irqscale.Batch.$Shape} Batch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Batch.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Batch message.
         * @function verify
         * @memberof irqscale.Batch
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Batch.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                if (!$util.isString(message.runId))
                    return "runId: string expected";
            if (message.window != null && $Object.hasOwnProperty.call(message, "window"))
                if (!$util.isInteger(message.window))
                    return "window: integer expected";
            if (message.srcPartition != null && $Object.hasOwnProperty.call(message, "srcPartition"))
                if (!$util.isInteger(message.srcPartition))
                    return "srcPartition: integer expected";
            if (message.dstPartition != null && $Object.hasOwnProperty.call(message, "dstPartition"))
                if (!$util.isInteger(message.dstPartition))
                    return "dstPartition: integer expected";
            if (message.events != null && $Object.hasOwnProperty.call(message, "events")) {
                if (!$Array.isArray(message.events))
                    return "events: array expected";
                for (let i = 0; i < message.events.length; ++i) {
                    let error = $root.irqscale.Envelope.verify(message.events[i], _depth + 1);
                    if (error)
                        return "events." + error;
                }
            }
            return null;
        };

        /**
         * Creates a Batch message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.Batch
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.Batch} Batch
         */
        Batch.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.Batch)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.Batch: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.Batch();
            if (object.runId != null)
                if (typeof object.runId !== "string" || object.runId.length)
                    message.runId = $String(object.runId);
            if (object.window != null)
                if ($Number(object.window) !== 0)
                    message.window = object.window >>> 0;
            if (object.srcPartition != null)
                if ($Number(object.srcPartition) !== 0)
                    message.srcPartition = object.srcPartition >>> 0;
            if (object.dstPartition != null)
                if ($Number(object.dstPartition) !== 0)
                    message.dstPartition = object.dstPartition >>> 0;
            if (object.events) {
                if (!$Array.isArray(object.events))
                    throw $TypeError(".irqscale.Batch.events: array expected");
                message.events = $Array(object.events.length);
                for (let i = 0; i < object.events.length; ++i) {
                    if (!$util.isObject(object.events[i]))
                        throw $TypeError(".irqscale.Batch.events: object expected");
                    message.events[i] = $root.irqscale.Envelope.fromObject(object.events[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a Batch message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.Batch
         * @static
         * @param {irqscale.Batch} message Batch
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Batch.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.events = [];
            if (options.defaults) {
                object.runId = "";
                object.window = 0;
                object.srcPartition = 0;
                object.dstPartition = 0;
            }
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                object.runId = message.runId;
            if (message.window != null && $Object.hasOwnProperty.call(message, "window"))
                object.window = message.window;
            if (message.srcPartition != null && $Object.hasOwnProperty.call(message, "srcPartition"))
                object.srcPartition = message.srcPartition;
            if (message.dstPartition != null && $Object.hasOwnProperty.call(message, "dstPartition"))
                object.dstPartition = message.dstPartition;
            if (message.events && message.events.length) {
                object.events = $Array(message.events.length);
                for (let j = 0; j < message.events.length; ++j)
                    object.events[j] = $root.irqscale.Envelope.toObject(message.events[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this Batch to JSON.
         * @function toJSON
         * @memberof irqscale.Batch
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Batch.prototype.toJSON = function() {
            return Batch.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Batch
         * @function getTypeUrl
         * @memberof irqscale.Batch
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Batch.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.Batch";
        };

        return Batch;
    })();

    irqscale.RunSpec = (function() {

        /**
         * Properties of a RunSpec.
         * @typedef {Object} irqscale.RunSpec.$Properties
         * @property {string|null} [runId] RunSpec runId
         * @property {string|null} [configJson] RunSpec configJson
         * @property {number|null} [partitions] RunSpec partitions
         * @property {Array.<number>|null} [workerPartitions] RunSpec workerPartitions
         * @property {string|null} [worker] RunSpec worker
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RunSpec.
         * @memberof irqscale
         * @interface IRunSpec
         * @augments irqscale.RunSpec.$Properties
         * @deprecated Use irqscale.RunSpec.$Properties instead.
         */

        /**
         * Shape of a RunSpec.
         * @typedef {irqscale.RunSpec.$Properties} irqscale.RunSpec.$Shape
         */

        /**
         * Constructs a new RunSpec.
         * @memberof irqscale
         * @classdesc Represents a RunSpec.
         * @constructor
         * @param {irqscale.RunSpec.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RunSpec = function (properties) {
            this.workerPartitions = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RunSpec runId.
         * @member {string} runId
         * @memberof irqscale.RunSpec
         * @instance
         */
        RunSpec.prototype.runId = "";

        /**
         * RunSpec configJson.
         * @member {string} configJson
         * @memberof irqscale.RunSpec
         * @instance
         */
        RunSpec.prototype.configJson = "";

        /**
         * RunSpec partitions.
         * @member {number} partitions
         * @memberof irqscale.RunSpec
         * @instance
         */
        RunSpec.prototype.partitions = 0;

        /**
         * RunSpec workerPartitions.
         * @member {Array.<number>} workerPartitions
         * @memberof irqscale.RunSpec
         * @instance
         */
        RunSpec.prototype.workerPartitions = $util.emptyArray;

        /**
         * RunSpec worker.
         * @member {string} worker
         * @memberof irqscale.RunSpec
         * @instance
         */
        RunSpec.prototype.worker = "";

        /**
         * Creates a new RunSpec instance using the specified properties.
         * @function create
         * @memberof irqscale.RunSpec
         * @static
         * @param {irqscale.RunSpec.$Properties=} [properties] Properties to set
         * @returns {irqscale.RunSpec} RunSpec instance
         * @type {{
         *   (properties: irqscale.RunSpec.$Shape): irqscale.RunSpec & irqscale.RunSpec.$Shape;
         *   (properties?: irqscale.RunSpec.$Properties): irqscale.RunSpec;
         * }}
         */
        RunSpec.create = function(properties) {
            return new RunSpec(properties);
        };

        /**
         * Encodes the specified RunSpec message. Does not implicitly {@link irqscale.RunSpec.verify|verify} messages.
         * @function encode
         * @memberof irqscale.RunSpec
         * @static
         * @param {irqscale.RunSpec.$Properties} message RunSpec message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RunSpec.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
            if (message.configJson != null && $Object.hasOwnProperty.call(message, "configJson") && message.configJson !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.configJson);
            if (message.partitions != null && $Object.hasOwnProperty.call(message, "partitions") && message.partitions !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.partitions);
            if (message.workerPartitions != null && message.workerPartitions.length)
                writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.workerPartitions);
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker") && message.worker !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.worker);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified RunSpec message, length delimited. Does not implicitly {@link irqscale.RunSpec.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.RunSpec
         * @static
         * @param {irqscale.RunSpec.$Properties} message RunSpec message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RunSpec.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a RunSpec message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.RunSpec
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.RunSpec & irqscale.RunSpec.$Shape} RunSpec
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RunSpec.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.irqscale.RunSpec();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.runId = value;
                        else
                            delete message.runId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.configJson = value;
                        else
                            delete message.configJson;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.partitions = value;
                        else
                            delete message.partitions;
                        continue;
                    }
                case 4: {
                        if (wireType === 2) {
                            if (!(message.workerPartitions && message.workerPartitions.length))
                                message.workerPartitions = [];
                            reader.uint32s(message.workerPartitions);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.workerPartitions && message.workerPartitions.length))
                            message.workerPartitions = [];
                        message.workerPartitions.push(reader.uint32());
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.worker = value;
                        else
                            delete message.worker;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a RunSpec message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.RunSpec
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.RunSpec & irqscale.RunSpec.$Shape} RunSpec
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RunSpec.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a RunSpec message.
         * @function verify
         * @memberof irqscale.RunSpec
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RunSpec.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                if (!$util.isString(message.runId))
                    return "runId: string expected";
            if (message.configJson != null && $Object.hasOwnProperty.call(message, "configJson"))
                if (!$util.isString(message.configJson))
                    return "configJson: string expected";
            if (message.partitions != null && $Object.hasOwnProperty.call(message, "partitions"))
                if (!$util.isInteger(message.partitions))
                    return "partitions: integer expected";
            if (message.workerPartitions != null && $Object.hasOwnProperty.call(message, "workerPartitions")) {
                if (!$Array.isArray(message.workerPartitions))
                    return "workerPartitions: array expected";
                for (let i = 0; i < message.workerPartitions.length; ++i)
                    if (!$util.isInteger(message.workerPartitions[i]))
                        return "workerPartitions: integer[] expected";
            }
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                if (!$util.isString(message.worker))
                    return "worker: string expected";
            return null;
        };

        /**
         * Creates a RunSpec message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.RunSpec
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.RunSpec} RunSpec
         */
        RunSpec.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.RunSpec)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.RunSpec: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.RunSpec();
            if (object.runId != null)
                if (typeof object.runId !== "string" || object.runId.length)
                    message.runId = $String(object.runId);
            if (object.configJson != null)
                if (typeof object.configJson !== "string" || object.configJson.length)
                    message.configJson = $String(object.configJson);
            if (object.partitions != null)
                if ($Number(object.partitions) !== 0)
                    message.partitions = object.partitions >>> 0;
            if (object.workerPartitions) {
                if (!$Array.isArray(object.workerPartitions))
                    throw $TypeError(".irqscale.RunSpec.workerPartitions: array expected");
                message.workerPartitions = $Array(object.workerPartitions.length);
                for (let i = 0; i < object.workerPartitions.length; ++i)
                    message.workerPartitions[i] = object.workerPartitions[i] >>> 0;
            }
            if (object.worker != null)
                if (typeof object.worker !== "string" || object.worker.length)
                    message.worker = $String(object.worker);
            return message;
        };

        /**
         * Creates a plain object from a RunSpec message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.RunSpec
         * @static
         * @param {irqscale.RunSpec} message RunSpec
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RunSpec.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.workerPartitions = [];
            if (options.defaults) {
                object.runId = "";
                object.configJson = "";
                object.partitions = 0;
                object.worker = "";
            }
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                object.runId = message.runId;
            if (message.configJson != null && $Object.hasOwnProperty.call(message, "configJson"))
                object.configJson = message.configJson;
            if (message.partitions != null && $Object.hasOwnProperty.call(message, "partitions"))
                object.partitions = message.partitions;
            if (message.workerPartitions && message.workerPartitions.length) {
                object.workerPartitions = $Array(message.workerPartitions.length);
                for (let j = 0; j < message.workerPartitions.length; ++j)
                    object.workerPartitions[j] = message.workerPartitions[j];
            }
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                object.worker = message.worker;
            return object;
        };

        /**
         * Converts this RunSpec to JSON.
         * @function toJSON
         * @memberof irqscale.RunSpec
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RunSpec.prototype.toJSON = function() {
            return RunSpec.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for RunSpec
         * @function getTypeUrl
         * @memberof irqscale.RunSpec
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        RunSpec.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.RunSpec";
        };

        return RunSpec;
    })();

    irqscale.WindowStart = (function() {

        /**
         * Properties of a WindowStart.
         * @typedef {Object} irqscale.WindowStart.$Properties
         * @property {string|null} [runId] WindowStart runId
         * @property {number|null} [window] WindowStart window
         * @property {number|null} [start] WindowStart start
         * @property {number|null} [end] WindowStart end
         * @property {Array.<number>|null} [expectBatches] WindowStart expectBatches
         * @property {boolean|null} [final] WindowStart final
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WindowStart.
         * @memberof irqscale
         * @interface IWindowStart
         * @augments irqscale.WindowStart.$Properties
         * @deprecated Use irqscale.WindowStart.$Properties instead.
         */

        /**
         * Shape of a WindowStart.
         * @typedef {irqscale.WindowStart.$Properties} irqscale.WindowStart.$Shape
         */

        /**
         * Constructs a new WindowStart.
         * @memberof irqscale
         * @classdesc Represents a WindowStart.
         * @constructor
         * @param {irqscale.WindowStart.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WindowStart = function (properties) {
            this.expectBatches = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WindowStart runId.
         * @member {string} runId
         * @memberof irqscale.WindowStart
         * @instance
         */
        WindowStart.prototype.runId = "";

        /**
         * WindowStart window.
         * @member {number} window
         * @memberof irqscale.WindowStart
         * @instance
         */
        WindowStart.prototype.window = 0;

        /**
         * WindowStart start.
         * @member {number} start
         * @memberof irqscale.WindowStart
         * @instance
         */
        WindowStart.prototype.start = 0;

        /**
         * WindowStart end.
         * @member {number} end
         * @memberof irqscale.WindowStart
         * @instance
         */
        WindowStart.prototype.end = 0;

        /**
         * WindowStart expectBatches.
         * @member {Array.<number>} expectBatches
         * @memberof irqscale.WindowStart
         * @instance
         */
        WindowStart.prototype.expectBatches = $util.emptyArray;

        /**
         * WindowStart final.
         * @member {boolean} final
         * @memberof irqscale.WindowStart
         * @instance
         */
        WindowStart.prototype.final = false;

        /**
         * Creates a new WindowStart instance using the specified properties.
         * @function create
         * @memberof irqscale.WindowStart
         * @static
         * @param {irqscale.WindowStart.$Properties=} [properties] Properties to set
         * @returns {irqscale.WindowStart} WindowStart instance
         * @type {{
         *   (properties: irqscale.WindowStart.$Shape): irqscale.WindowStart & irqscale.WindowStart.$Shape;
         *   (properties?: irqscale.WindowStart.$Properties): irqscale.WindowStart;
         * }}
         */
        WindowStart.create = function(properties) {
            return new WindowStart(properties);
        };

        /**
         * Encodes the specified WindowStart message. Does not implicitly {@link irqscale.WindowStart.verify|verify} messages.
         * @function encode
         * @memberof irqscale.WindowStart
         * @static
         * @param {irqscale.WindowStart.$Properties} message WindowStart message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WindowStart.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
            if (message.window != null && $Object.hasOwnProperty.call(message, "window") && message.window !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.window);
            if (message.start != null && $Object.hasOwnProperty.call(message, "start") && !$Object.is(message.start, 0))
                writer.uint32(/* id 3, wireType 1 =*/25).double(message.start);
            if (message.end != null && $Object.hasOwnProperty.call(message, "end") && !$Object.is(message.end, 0))
                writer.uint32(/* id 4, wireType 1 =*/33).double(message.end);
            if (message.expectBatches != null && message.expectBatches.length)
                writer.uint32(/* id 5, wireType 2 =*/42).uint32s(message.expectBatches);
            if (message.final != null && $Object.hasOwnProperty.call(message, "final") && message.final !== false)
                writer.uint32(/* id 6, wireType 0 =*/48).bool(message.final);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified WindowStart message, length delimited. Does not implicitly {@link irqscale.WindowStart.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.WindowStart
         * @static
         * @param {irqscale.WindowStart.$Properties} message WindowStart message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WindowStart.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a WindowStart message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.WindowStart
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.WindowStart & irqscale.WindowStart.$Shape} WindowStart
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WindowStart.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.irqscale.WindowStart();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.runId = value;
                        else
                            delete message.runId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.window = value;
                        else
                            delete message.window;
                        continue;
                    }
                case 3: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.start = value;
                        else
                            delete message.start;
                        continue;
                    }
                case 4: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.end = value;
                        else
                            delete message.end;
                        continue;
                    }
                case 5: {
                        if (wireType === 2) {
                            if (!(message.expectBatches && message.expectBatches.length))
                                message.expectBatches = [];
                            reader.uint32s(message.expectBatches);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.expectBatches && message.expectBatches.length))
                            message.expectBatches = [];
                        message.expectBatches.push(reader.uint32());
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.final = value;
                        else
                            delete message.final;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a WindowStart message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.WindowStart
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.WindowStart & irqscale.WindowStart.$Shape} WindowStart
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WindowStart.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a WindowStart message.
         * @function verify
         * @memberof irqscale.WindowStart
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        WindowStart.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                if (!$util.isString(message.runId))
                    return "runId: string expected";
            if (message.window != null && $Object.hasOwnProperty.call(message, "window"))
                if (!$util.isInteger(message.window))
                    return "window: integer expected";
            if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                if (typeof message.start !== "number")
                    return "start: number expected";
            if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                if (typeof message.end !== "number")
                    return "end: number expected";
            if (message.expectBatches != null && $Object.hasOwnProperty.call(message, "expectBatches")) {
                if (!$Array.isArray(message.expectBatches))
                    return "expectBatches: array expected";
                for (let i = 0; i < message.expectBatches.length; ++i)
                    if (!$util.isInteger(message.expectBatches[i]))
                        return "expectBatches: integer[] expected";
            }
            if (message.final != null && $Object.hasOwnProperty.call(message, "final"))
                if (typeof message.final !== "boolean")
                    return "final: boolean expected";
            return null;
        };

        /**
         * Creates a WindowStart message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.WindowStart
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.WindowStart} WindowStart
         */
        WindowStart.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.WindowStart)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.WindowStart: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.WindowStart();
            if (object.runId != null)
                if (typeof object.runId !== "string" || object.runId.length)
                    message.runId = $String(object.runId);
            if (object.window != null)
                if ($Number(object.window) !== 0)
                    message.window = object.window >>> 0;
            if (object.start != null)
                if (!$Object.is($Number(object.start), 0))
                    message.start = $Number(object.start);
            if (object.end != null)
                if (!$Object.is($Number(object.end), 0))
                    message.end = $Number(object.end);
            if (object.expectBatches) {
                if (!$Array.isArray(object.expectBatches))
                    throw $TypeError(".irqscale.WindowStart.expectBatches: array expected");
                message.expectBatches = $Array(object.expectBatches.length);
                for (let i = 0; i < object.expectBatches.length; ++i)
                    message.expectBatches[i] = object.expectBatches[i] >>> 0;
            }
            if (object.final != null)
                if (object.final)
                    message.final = $Boolean(object.final);
            return message;
        };

        /**
         * Creates a plain object from a WindowStart message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.WindowStart
         * @static
         * @param {irqscale.WindowStart} message WindowStart
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        WindowStart.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.expectBatches = [];
            if (options.defaults) {
                object.runId = "";
                object.window = 0;
                object.start = 0;
                object.end = 0;
                object.final = false;
            }
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                object.runId = message.runId;
            if (message.window != null && $Object.hasOwnProperty.call(message, "window"))
                object.window = message.window;
            if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                object.start = options.json && !$isFinite(message.start) ? $String(message.start) : message.start;
            if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                object.end = options.json && !$isFinite(message.end) ? $String(message.end) : message.end;
            if (message.expectBatches && message.expectBatches.length) {
                object.expectBatches = $Array(message.expectBatches.length);
                for (let j = 0; j < message.expectBatches.length; ++j)
                    object.expectBatches[j] = message.expectBatches[j];
            }
            if (message.final != null && $Object.hasOwnProperty.call(message, "final"))
                object.final = message.final;
            return object;
        };

        /**
         * Converts this WindowStart to JSON.
         * @function toJSON
         * @memberof irqscale.WindowStart
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        WindowStart.prototype.toJSON = function() {
            return WindowStart.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for WindowStart
         * @function getTypeUrl
         * @memberof irqscale.WindowStart
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        WindowStart.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.WindowStart";
        };

        return WindowStart;
    })();

    irqscale.WindowDone = (function() {

        /**
         * Properties of a WindowDone.
         * @typedef {Object} irqscale.WindowDone.$Properties
         * @property {string|null} [runId] WindowDone runId
         * @property {number|null} [window] WindowDone window
         * @property {number|null} [partition] WindowDone partition
         * @property {Array.<number>|null} [sentTo] WindowDone sentTo
         * @property {number|null} [nextTime] WindowDone nextTime
         * @property {number|null} [events] WindowDone events
         * @property {number|null} [remoteEvents] WindowDone remoteEvents
         * @property {number|null} [bytesSent] WindowDone bytesSent
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WindowDone.
         * @memberof irqscale
         * @interface IWindowDone
         * @augments irqscale.WindowDone.$Properties
         * @deprecated Use irqscale.WindowDone.$Properties instead.
         */

        /**
         * Shape of a WindowDone.
         * @typedef {irqscale.WindowDone.$Properties} irqscale.WindowDone.$Shape
         */

        /**
         * Constructs a new WindowDone.
         * @memberof irqscale
         * @classdesc Represents a WindowDone.
         * @constructor
         * @param {irqscale.WindowDone.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WindowDone = function (properties) {
            this.sentTo = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WindowDone runId.
         * @member {string} runId
         * @memberof irqscale.WindowDone
         * @instance
         */
        WindowDone.prototype.runId = "";

        /**
         * WindowDone window.
         * @member {number} window
         * @memberof irqscale.WindowDone
         * @instance
         */
        WindowDone.prototype.window = 0;

        /**
         * WindowDone partition.
         * @member {number} partition
         * @memberof irqscale.WindowDone
         * @instance
         */
        WindowDone.prototype.partition = 0;

        /**
         * WindowDone sentTo.
         * @member {Array.<number>} sentTo
         * @memberof irqscale.WindowDone
         * @instance
         */
        WindowDone.prototype.sentTo = $util.emptyArray;

        /**
         * WindowDone nextTime.
         * @member {number} nextTime
         * @memberof irqscale.WindowDone
         * @instance
         */
        WindowDone.prototype.nextTime = 0;

        /**
         * WindowDone events.
         * @member {number} events
         * @memberof irqscale.WindowDone
         * @instance
         */
        WindowDone.prototype.events = 0;

        /**
         * WindowDone remoteEvents.
         * @member {number} remoteEvents
         * @memberof irqscale.WindowDone
         * @instance
         */
        WindowDone.prototype.remoteEvents = 0;

        /**
         * WindowDone bytesSent.
         * @member {number} bytesSent
         * @memberof irqscale.WindowDone
         * @instance
         */
        WindowDone.prototype.bytesSent = 0;

        /**
         * Creates a new WindowDone instance using the specified properties.
         * @function create
         * @memberof irqscale.WindowDone
         * @static
         * @param {irqscale.WindowDone.$Properties=} [properties] Properties to set
         * @returns {irqscale.WindowDone} WindowDone instance
         * @type {{
         *   (properties: irqscale.WindowDone.$Shape): irqscale.WindowDone & irqscale.WindowDone.$Shape;
         *   (properties?: irqscale.WindowDone.$Properties): irqscale.WindowDone;
         * }}
         */
        WindowDone.create = function(properties) {
            return new WindowDone(properties);
        };

        /**
         * Encodes the specified WindowDone message. Does not implicitly {@link irqscale.WindowDone.verify|verify} messages.
         * @function encode
         * @memberof irqscale.WindowDone
         * @static
         * @param {irqscale.WindowDone.$Properties} message WindowDone message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WindowDone.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
            if (message.window != null && $Object.hasOwnProperty.call(message, "window") && message.window !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.window);
            if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.partition);
            if (message.sentTo != null && message.sentTo.length)
                writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.sentTo);
            if (message.nextTime != null && $Object.hasOwnProperty.call(message, "nextTime") && !$Object.is(message.nextTime, 0))
                writer.uint32(/* id 5, wireType 1 =*/41).double(message.nextTime);
            if (message.events != null && $Object.hasOwnProperty.call(message, "events") && !$Object.is(message.events, 0))
                writer.uint32(/* id 6, wireType 1 =*/49).double(message.events);
            if (message.remoteEvents != null && $Object.hasOwnProperty.call(message, "remoteEvents") && !$Object.is(message.remoteEvents, 0))
                writer.uint32(/* id 7, wireType 1 =*/57).double(message.remoteEvents);
            if (message.bytesSent != null && $Object.hasOwnProperty.call(message, "bytesSent") && !$Object.is(message.bytesSent, 0))
                writer.uint32(/* id 8, wireType 1 =*/65).double(message.bytesSent);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified WindowDone message, length delimited. Does not implicitly {@link irqscale.WindowDone.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.WindowDone
         * @static
         * @param {irqscale.WindowDone.$Properties} message WindowDone message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WindowDone.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a WindowDone message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.WindowDone
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.WindowDone & irqscale.WindowDone.$Shape} WindowDone
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WindowDone.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.irqscale.WindowDone();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.runId = value;
                        else
                            delete message.runId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.window = value;
                        else
                            delete message.window;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.partition = value;
                        else
                            delete message.partition;
                        continue;
                    }
                case 4: {
                        if (wireType === 2) {
                            if (!(message.sentTo && message.sentTo.length))
                                message.sentTo = [];
                            reader.uint32s(message.sentTo);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.sentTo && message.sentTo.length))
                            message.sentTo = [];
                        message.sentTo.push(reader.uint32());
                        continue;
                    }
                case 5: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.nextTime = value;
                        else
                            delete message.nextTime;
                        continue;
                    }
                case 6: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.events = value;
                        else
                            delete message.events;
                        continue;
                    }
                case 7: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.remoteEvents = value;
                        else
                            delete message.remoteEvents;
                        continue;
                    }
                case 8: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.bytesSent = value;
                        else
                            delete message.bytesSent;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a WindowDone message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.WindowDone
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.WindowDone & irqscale.WindowDone.$Shape} WindowDone
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WindowDone.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a WindowDone message.
         * @function verify
         * @memberof irqscale.WindowDone
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        WindowDone.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                if (!$util.isString(message.runId))
                    return "runId: string expected";
            if (message.window != null && $Object.hasOwnProperty.call(message, "window"))
                if (!$util.isInteger(message.window))
                    return "window: integer expected";
            if (message.partition != null && $Object.hasOwnProperty.call(message, "partition"))
                if (!$util.isInteger(message.partition))
                    return "partition: integer expected";
            if (message.sentTo != null && $Object.hasOwnProperty.call(message, "sentTo")) {
                if (!$Array.isArray(message.sentTo))
                    return "sentTo: array expected";
                for (let i = 0; i < message.sentTo.length; ++i)
                    if (!$util.isInteger(message.sentTo[i]))
                        return "sentTo: integer[] expected";
            }
            if (message.nextTime != null && $Object.hasOwnProperty.call(message, "nextTime"))
                if (typeof message.nextTime !== "number")
                    return "nextTime: number expected";
            if (message.events != null && $Object.hasOwnProperty.call(message, "events"))
                if (typeof message.events !== "number")
                    return "events: number expected";
            if (message.remoteEvents != null && $Object.hasOwnProperty.call(message, "remoteEvents"))
                if (typeof message.remoteEvents !== "number")
                    return "remoteEvents: number expected";
            if (message.bytesSent != null && $Object.hasOwnProperty.call(message, "bytesSent"))
                if (typeof message.bytesSent !== "number")
                    return "bytesSent: number expected";
            return null;
        };

        /**
         * Creates a WindowDone message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.WindowDone
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.WindowDone} WindowDone
         */
        WindowDone.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.WindowDone)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.WindowDone: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.WindowDone();
            if (object.runId != null)
                if (typeof object.runId !== "string" || object.runId.length)
                    message.runId = $String(object.runId);
            if (object.window != null)
                if ($Number(object.window) !== 0)
                    message.window = object.window >>> 0;
            if (object.partition != null)
                if ($Number(object.partition) !== 0)
                    message.partition = object.partition >>> 0;
            if (object.sentTo) {
                if (!$Array.isArray(object.sentTo))
                    throw $TypeError(".irqscale.WindowDone.sentTo: array expected");
                message.sentTo = $Array(object.sentTo.length);
                for (let i = 0; i < object.sentTo.length; ++i)
                    message.sentTo[i] = object.sentTo[i] >>> 0;
            }
            if (object.nextTime != null)
                if (!$Object.is($Number(object.nextTime), 0))
                    message.nextTime = $Number(object.nextTime);
            if (object.events != null)
                if (!$Object.is($Number(object.events), 0))
                    message.events = $Number(object.events);
            if (object.remoteEvents != null)
                if (!$Object.is($Number(object.remoteEvents), 0))
                    message.remoteEvents = $Number(object.remoteEvents);
            if (object.bytesSent != null)
                if (!$Object.is($Number(object.bytesSent), 0))
                    message.bytesSent = $Number(object.bytesSent);
            return message;
        };

        /**
         * Creates a plain object from a WindowDone message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.WindowDone
         * @static
         * @param {irqscale.WindowDone} message WindowDone
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        WindowDone.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.sentTo = [];
            if (options.defaults) {
                object.runId = "";
                object.window = 0;
                object.partition = 0;
                object.nextTime = 0;
                object.events = 0;
                object.remoteEvents = 0;
                object.bytesSent = 0;
            }
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                object.runId = message.runId;
            if (message.window != null && $Object.hasOwnProperty.call(message, "window"))
                object.window = message.window;
            if (message.partition != null && $Object.hasOwnProperty.call(message, "partition"))
                object.partition = message.partition;
            if (message.sentTo && message.sentTo.length) {
                object.sentTo = $Array(message.sentTo.length);
                for (let j = 0; j < message.sentTo.length; ++j)
                    object.sentTo[j] = message.sentTo[j];
            }
            if (message.nextTime != null && $Object.hasOwnProperty.call(message, "nextTime"))
                object.nextTime = options.json && !$isFinite(message.nextTime) ? $String(message.nextTime) : message.nextTime;
            if (message.events != null && $Object.hasOwnProperty.call(message, "events"))
                object.events = options.json && !$isFinite(message.events) ? $String(message.events) : message.events;
            if (message.remoteEvents != null && $Object.hasOwnProperty.call(message, "remoteEvents"))
                object.remoteEvents = options.json && !$isFinite(message.remoteEvents) ? $String(message.remoteEvents) : message.remoteEvents;
            if (message.bytesSent != null && $Object.hasOwnProperty.call(message, "bytesSent"))
                object.bytesSent = options.json && !$isFinite(message.bytesSent) ? $String(message.bytesSent) : message.bytesSent;
            return object;
        };

        /**
         * Converts this WindowDone to JSON.
         * @function toJSON
         * @memberof irqscale.WindowDone
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        WindowDone.prototype.toJSON = function() {
            return WindowDone.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for WindowDone
         * @function getTypeUrl
         * @memberof irqscale.WindowDone
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        WindowDone.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.WindowDone";
        };

        return WindowDone;
    })();

    irqscale.Abort = (function() {

        /**
         * Properties of an Abort.
         * @typedef {Object} irqscale.Abort.$Properties
         * @property {string|null} [runId] Abort runId
         * @property {string|null} [cause] Abort cause
         * @property {string|null} [worker] Abort worker
         * @property {number|null} [actor] Abort actor
         * @property {number|null} [time] Abort time
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Abort.
         * @memberof irqscale
         * @interface IAbort
         * @augments irqscale.Abort.$Properties
         * @deprecated Use irqscale.Abort.$Properties instead.
         */

        /**
         * Shape of an Abort.
         * @typedef {irqscale.Abort.$Properties} irqscale.Abort.$Shape
         */

        /**
         * Constructs a new Abort.
         * @memberof irqscale
         * @classdesc Represents an Abort.
         * @constructor
         * @param {irqscale.Abort.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Abort = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Abort runId.
         * @member {string} runId
         * @memberof irqscale.Abort
         * @instance
         */
        Abort.prototype.runId = "";

        /**
         * Abort cause.
         * @member {string} cause
         * @memberof irqscale.Abort
         * @instance
         */
        Abort.prototype.cause = "";

        /**
         * Abort worker.
         * @member {string} worker
         * @memberof irqscale.Abort
         * @instance
         */
        Abort.prototype.worker = "";

        /**
         * Abort actor.
         * @member {number} actor
         * @memberof irqscale.Abort
         * @instance
         */
        Abort.prototype.actor = 0;

        /**
         * Abort time.
         * @member {number} time
         * @memberof irqscale.Abort
         * @instance
         */
        Abort.prototype.time = 0;

        /**
         * Creates a new Abort instance using the specified properties.
         * @function create
         * @memberof irqscale.Abort
         * @static
         * @param {irqscale.Abort.$Properties=} [properties] Properties to set
         * @returns {irqscale.Abort} Abort instance
         * @type {{
         *   (properties: irqscale.Abort.$Shape): irqscale.Abort & irqscale.Abort.$Shape;
         *   (properties?: irqscale.Abort.$Properties): irqscale.Abort;
         * }}
         */
        Abort.create = function(properties) {
            return new Abort(properties);
        };

        /**
         * Encodes the specified Abort message. Does not implicitly {@link irqscale.Abort.verify|verify} messages.
         * @function encode
         * @memberof irqscale.Abort
         * @static
         * @param {irqscale.Abort.$Properties} message Abort message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Abort.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
            if (message.cause != null && $Object.hasOwnProperty.call(message, "cause") && message.cause !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.cause);
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker") && message.worker !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.worker);
            if (message.actor != null && $Object.hasOwnProperty.call(message, "actor") && message.actor !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).int32(message.actor);
            if (message.time != null && $Object.hasOwnProperty.call(message, "time") && !$Object.is(message.time, 0))
                writer.uint32(/* id 5, wireType 1 =*/41).double(message.time);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Abort message, length delimited. Does not implicitly {@link irqscale.Abort.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.Abort
         * @static
         * @param {irqscale.Abort.$Properties} message Abort message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Abort.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an Abort message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.Abort
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.Abort & irqscale.Abort.$Shape} Abort
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Abort.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.irqscale.Abort();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.runId = value;
                        else
                            delete message.runId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.cause = value;
                        else
                            delete message.cause;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.worker = value;
                        else
                            delete message.worker;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.actor = value;
                        else
                            delete message.actor;
                        continue;
                    }
                case 5: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.time = value;
                        else
                            delete message.time;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an Abort message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.Abort
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.Abort & irqscale.Abort.$Shape} Abort
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Abort.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an Abort message.
         * @function verify
         * @memberof irqscale.Abort
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Abort.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                if (!$util.isString(message.runId))
                    return "runId: string expected";
            if (message.cause != null && $Object.hasOwnProperty.call(message, "cause"))
                if (!$util.isString(message.cause))
                    return "cause: string expected";
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                if (!$util.isString(message.worker))
                    return "worker: string expected";
            if (message.actor != null && $Object.hasOwnProperty.call(message, "actor"))
                if (!$util.isInteger(message.actor))
                    return "actor: integer expected";
            if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                if (typeof message.time !== "number")
                    return "time: number expected";
            return null;
        };

        /**
         * Creates an Abort message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.Abort
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.Abort} Abort
         */
        Abort.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.Abort)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.Abort: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.Abort();
            if (object.runId != null)
                if (typeof object.runId !== "string" || object.runId.length)
                    message.runId = $String(object.runId);
            if (object.cause != null)
                if (typeof object.cause !== "string" || object.cause.length)
                    message.cause = $String(object.cause);
            if (object.worker != null)
                if (typeof object.worker !== "string" || object.worker.length)
                    message.worker = $String(object.worker);
            if (object.actor != null)
                if ($Number(object.actor) !== 0)
                    message.actor = object.actor | 0;
            if (object.time != null)
                if (!$Object.is($Number(object.time), 0))
                    message.time = $Number(object.time);
            return message;
        };

        /**
         * Creates a plain object from an Abort message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.Abort
         * @static
         * @param {irqscale.Abort} message Abort
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Abort.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.runId = "";
                object.cause = "";
                object.worker = "";
                object.actor = 0;
                object.time = 0;
            }
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                object.runId = message.runId;
            if (message.cause != null && $Object.hasOwnProperty.call(message, "cause"))
                object.cause = message.cause;
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                object.worker = message.worker;
            if (message.actor != null && $Object.hasOwnProperty.call(message, "actor"))
                object.actor = message.actor;
            if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                object.time = options.json && !$isFinite(message.time) ? $String(message.time) : message.time;
            return object;
        };

        /**
         * Converts this Abort to JSON.
         * @function toJSON
         * @memberof irqscale.Abort
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Abort.prototype.toJSON = function() {
            return Abort.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Abort
         * @function getTypeUrl
         * @memberof irqscale.Abort
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Abort.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.Abort";
        };

        return Abort;
    })();

    irqscale.ActorDigest = (function() {

        /**
         * Properties of an ActorDigest.
         * @typedef {Object} irqscale.ActorDigest.$Properties
         * @property {number|null} [actor] ActorDigest actor
         * @property {number|null} [h1] ActorDigest h1
         * @property {number|null} [h2] ActorDigest h2
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ActorDigest.
         * @memberof irqscale
         * @interface IActorDigest
         * @augments irqscale.ActorDigest.$Properties
         * @deprecated Use irqscale.ActorDigest.$Properties instead.
         */

        /**
         * Shape of an ActorDigest.
         * @typedef {irqscale.ActorDigest.$Properties} irqscale.ActorDigest.$Shape
         */

        /**
         * Constructs a new ActorDigest.
         * @memberof irqscale
         * @classdesc Represents an ActorDigest.
         * @constructor
         * @param {irqscale.ActorDigest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ActorDigest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ActorDigest actor.
         * @member {number} actor
         * @memberof irqscale.ActorDigest
         * @instance
         */
        ActorDigest.prototype.actor = 0;

        /**
         * ActorDigest h1.
         * @member {number} h1
         * @memberof irqscale.ActorDigest
         * @instance
         */
        ActorDigest.prototype.h1 = 0;

        /**
         * ActorDigest h2.
         * @member {number} h2
         * @memberof irqscale.ActorDigest
         * @instance
         */
        ActorDigest.prototype.h2 = 0;

        /**
         * Creates a new ActorDigest instance using the specified properties.
         * @function create
         * @memberof irqscale.ActorDigest
         * @static
         * @param {irqscale.ActorDigest.$Properties=} [properties] Properties to set
         * @returns {irqscale.ActorDigest} ActorDigest instance
         * @type {{
         *   (properties: irqscale.ActorDigest.$Shape): irqscale.ActorDigest & irqscale.ActorDigest.$Shape;
         *   (properties?: irqscale.ActorDigest.$Properties): irqscale.ActorDigest;
         * }}
         */
        ActorDigest.create = function(properties) {
            return new ActorDigest(properties);
        };

        /**
         * Encodes the specified ActorDigest message. Does not implicitly {@link irqscale.ActorDigest.verify|verify} messages.
         * @function encode
         * @memberof irqscale.ActorDigest
         * @static
         * @param {irqscale.ActorDigest.$Properties} message ActorDigest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ActorDigest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.actor != null && $Object.hasOwnProperty.call(message, "actor") && message.actor !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.actor);
            if (message.h1 != null && $Object.hasOwnProperty.call(message, "h1") && message.h1 !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.h1);
            if (message.h2 != null && $Object.hasOwnProperty.call(message, "h2") && message.h2 !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.h2);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ActorDigest message, length delimited. Does not implicitly {@link irqscale.ActorDigest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.ActorDigest
         * @static
         * @param {irqscale.ActorDigest.$Properties} message ActorDigest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ActorDigest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ActorDigest message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.ActorDigest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.ActorDigest & irqscale.ActorDigest.$Shape} ActorDigest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ActorDigest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.irqscale.ActorDigest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.actor = value;
                        else
                            delete message.actor;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.h1 = value;
                        else
                            delete message.h1;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.h2 = value;
                        else
                            delete message.h2;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an ActorDigest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.ActorDigest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.ActorDigest & irqscale.ActorDigest.$Shape} ActorDigest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ActorDigest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an ActorDigest message.
         * @function verify
         * @memberof irqscale.ActorDigest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ActorDigest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.actor != null && $Object.hasOwnProperty.call(message, "actor"))
                if (!$util.isInteger(message.actor))
                    return "actor: integer expected";
            if (message.h1 != null && $Object.hasOwnProperty.call(message, "h1"))
                if (!$util.isInteger(message.h1))
                    return "h1: integer expected";
            if (message.h2 != null && $Object.hasOwnProperty.call(message, "h2"))
                if (!$util.isInteger(message.h2))
                    return "h2: integer expected";
            return null;
        };

        /**
         * Creates an ActorDigest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.ActorDigest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.ActorDigest} ActorDigest
         */
        ActorDigest.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.ActorDigest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.ActorDigest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.ActorDigest();
            if (object.actor != null)
                if ($Number(object.actor) !== 0)
                    message.actor = object.actor >>> 0;
            if (object.h1 != null)
                if ($Number(object.h1) !== 0)
                    message.h1 = object.h1 >>> 0;
            if (object.h2 != null)
                if ($Number(object.h2) !== 0)
                    message.h2 = object.h2 >>> 0;
            return message;
        };

        /**
         * Creates a plain object from an ActorDigest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.ActorDigest
         * @static
         * @param {irqscale.ActorDigest} message ActorDigest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ActorDigest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.actor = 0;
                object.h1 = 0;
                object.h2 = 0;
            }
            if (message.actor != null && $Object.hasOwnProperty.call(message, "actor"))
                object.actor = message.actor;
            if (message.h1 != null && $Object.hasOwnProperty.call(message, "h1"))
                object.h1 = message.h1;
            if (message.h2 != null && $Object.hasOwnProperty.call(message, "h2"))
                object.h2 = message.h2;
            return object;
        };

        /**
         * Converts this ActorDigest to JSON.
         * @function toJSON
         * @memberof irqscale.ActorDigest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ActorDigest.prototype.toJSON = function() {
            return ActorDigest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ActorDigest
         * @function getTypeUrl
         * @memberof irqscale.ActorDigest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ActorDigest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.ActorDigest";
        };

        return ActorDigest;
    })();

    irqscale.FinalStats = (function() {

        /**
         * Properties of a FinalStats.
         * @typedef {Object} irqscale.FinalStats.$Properties
         * @property {string|null} [runId] FinalStats runId
         * @property {number|null} [partition] FinalStats partition
         * @property {Array.<irqscale.ActorDigest.$Properties>|null} [digests] FinalStats digests
         * @property {string|null} [statsJson] FinalStats statsJson
         * @property {number|null} [pending] FinalStats pending
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a FinalStats.
         * @memberof irqscale
         * @interface IFinalStats
         * @augments irqscale.FinalStats.$Properties
         * @deprecated Use irqscale.FinalStats.$Properties instead.
         */

        /**
         * Shape of a FinalStats.
         * @typedef {irqscale.FinalStats.$Properties} irqscale.FinalStats.$Shape
         */

        /**
         * Constructs a new FinalStats.
         * @memberof irqscale
         * @classdesc Represents a FinalStats.
         * @constructor
         * @param {irqscale.FinalStats.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const FinalStats = function (properties) {
            this.digests = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * FinalStats runId.
         * @member {string} runId
         * @memberof irqscale.FinalStats
         * @instance
         */
        FinalStats.prototype.runId = "";

        /**
         * FinalStats partition.
         * @member {number} partition
         * @memberof irqscale.FinalStats
         * @instance
         */
        FinalStats.prototype.partition = 0;

        /**
         * FinalStats digests.
         * @member {Array.<irqscale.ActorDigest.$Properties>} digests
         * @memberof irqscale.FinalStats
         * @instance
         */
        FinalStats.prototype.digests = $util.emptyArray;

        /**
         * FinalStats statsJson.
         * @member {string} statsJson
         * @memberof irqscale.FinalStats
         * @instance
         */
        FinalStats.prototype.statsJson = "";

        /**
         * FinalStats pending.
         * @member {number} pending
         * @memberof irqscale.FinalStats
         * @instance
         */
        FinalStats.prototype.pending = 0;

        /**
         * Creates a new FinalStats instance using the specified properties.
         * @function create
         * @memberof irqscale.FinalStats
         * @static
         * @param {irqscale.FinalStats.$Properties=} [properties] Properties to set
         * @returns {irqscale.FinalStats} FinalStats instance
         * @type {{
         *   (properties: irqscale.FinalStats.$Shape): irqscale.FinalStats & irqscale.FinalStats.$Shape;
         *   (properties?: irqscale.FinalStats.$Properties): irqscale.FinalStats;
         * }}
         */
        FinalStats.create = function(properties) {
            return new FinalStats(properties);
        };

        /**
         * Encodes the specified FinalStats message. Does not implicitly {@link irqscale.FinalStats.verify|verify} messages.
         * @function encode
         * @memberof irqscale.FinalStats
         * @static
         * @param {irqscale.FinalStats.$Properties} message FinalStats message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FinalStats.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
            if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.partition);
            if (message.digests != null && message.digests.length)
                for (let i = 0; i < message.digests.length; ++i)
                    $root.irqscale.ActorDigest.encode(message.digests[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.statsJson != null && $Object.hasOwnProperty.call(message, "statsJson") && message.statsJson !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.statsJson);
            if (message.pending != null && $Object.hasOwnProperty.call(message, "pending") && !$Object.is(message.pending, 0))
                writer.uint32(/* id 5, wireType 1 =*/41).double(message.pending);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified FinalStats message, length delimited. Does not implicitly {@link irqscale.FinalStats.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.FinalStats
         * @static
         * @param {irqscale.FinalStats.$Properties} message FinalStats message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FinalStats.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a FinalStats message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.FinalStats
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.FinalStats & irqscale.FinalStats.$Shape} FinalStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FinalStats.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.irqscale.FinalStats();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.runId = value;
                        else
                            delete message.runId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.partition = value;
                        else
                            delete message.partition;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.digests && message.digests.length))
                            message.digests = [];
                        message.digests.push($root.irqscale.ActorDigest.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.statsJson = value;
                        else
                            delete message.statsJson;
                        continue;
                    }
                case 5: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.pending = value;
                        else
                            delete message.pending;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a FinalStats message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.FinalStats
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.FinalStats & irqscale.FinalStats.$Shape} FinalStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FinalStats.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a FinalStats message.
         * @function verify
         * @memberof irqscale.FinalStats
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        FinalStats.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                if (!$util.isString(message.runId))
                    return "runId: string expected";
            if (message.partition != null && $Object.hasOwnProperty.call(message, "partition"))
                if (!$util.isInteger(message.partition))
                    return "partition: integer expected";
            if (message.digests != null && $Object.hasOwnProperty.call(message, "digests")) {
                if (!$Array.isArray(message.digests))
                    return "digests: array expected";
                for (let i = 0; i < message.digests.length; ++i) {
                    let error = $root.irqscale.ActorDigest.verify(message.digests[i], _depth + 1);
                    if (error)
                        return "digests." + error;
                }
            }
            if (message.statsJson != null && $Object.hasOwnProperty.call(message, "statsJson"))
                if (!$util.isString(message.statsJson))
                    return "statsJson: string expected";
            if (message.pending != null && $Object.hasOwnProperty.call(message, "pending"))
                if (typeof message.pending !== "number")
                    return "pending: number expected";
            return null;
        };

        /**
         * Creates a FinalStats message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.FinalStats
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.FinalStats} FinalStats
         */
        FinalStats.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.FinalStats)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.FinalStats: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.FinalStats();
            if (object.runId != null)
                if (typeof object.runId !== "string" || object.runId.length)
                    message.runId = $String(object.runId);
            if (object.partition != null)
                if ($Number(object.partition) !== 0)
                    message.partition = object.partition >>> 0;
            if (object.digests) {
                if (!$Array.isArray(object.digests))
                    throw $TypeError(".irqscale.FinalStats.digests: array expected");
                message.digests = $Array(object.digests.length);
                for (let i = 0; i < object.digests.length; ++i) {
                    if (!$util.isObject(object.digests[i]))
                        throw $TypeError(".irqscale.FinalStats.digests: object expected");
                    message.digests[i] = $root.irqscale.ActorDigest.fromObject(object.digests[i], _depth + 1);
                }
            }
            if (object.statsJson != null)
                if (typeof object.statsJson !== "string" || object.statsJson.length)
                    message.statsJson = $String(object.statsJson);
            if (object.pending != null)
                if (!$Object.is($Number(object.pending), 0))
                    message.pending = $Number(object.pending);
            return message;
        };

        /**
         * Creates a plain object from a FinalStats message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.FinalStats
         * @static
         * @param {irqscale.FinalStats} message FinalStats
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        FinalStats.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.digests = [];
            if (options.defaults) {
                object.runId = "";
                object.partition = 0;
                object.statsJson = "";
                object.pending = 0;
            }
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                object.runId = message.runId;
            if (message.partition != null && $Object.hasOwnProperty.call(message, "partition"))
                object.partition = message.partition;
            if (message.digests && message.digests.length) {
                object.digests = $Array(message.digests.length);
                for (let j = 0; j < message.digests.length; ++j)
                    object.digests[j] = $root.irqscale.ActorDigest.toObject(message.digests[j], options, _depth + 1);
            }
            if (message.statsJson != null && $Object.hasOwnProperty.call(message, "statsJson"))
                object.statsJson = message.statsJson;
            if (message.pending != null && $Object.hasOwnProperty.call(message, "pending"))
                object.pending = options.json && !$isFinite(message.pending) ? $String(message.pending) : message.pending;
            return object;
        };

        /**
         * Converts this FinalStats to JSON.
         * @function toJSON
         * @memberof irqscale.FinalStats
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        FinalStats.prototype.toJSON = function() {
            return FinalStats.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for FinalStats
         * @function getTypeUrl
         * @memberof irqscale.FinalStats
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        FinalStats.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.FinalStats";
        };

        return FinalStats;
    })();

    return irqscale;
})();

export {
  $root as default
};

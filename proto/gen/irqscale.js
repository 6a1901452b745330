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

    irqscale.Pkts = (function() {

        /**
         * Properties of a Pkts.
         * @typedef {Object} irqscale.Pkts.$Properties
         * @property {number|null} [conn] Pkts conn
         * @property {number|null} [req] Pkts req
         * @property {number|null} [pkts] Pkts pkts
         * @property {number|null} [kind] Pkts kind
         * @property {number|null} [sentAt] Pkts sentAt
         * @property {number|null} [replyTo] Pkts replyTo
         * @property {number|null} [vm] Pkts vm
         * @property {number|null} [queue] Pkts queue
         * @property {number|null} [dst] Pkts dst
         * @property {number|null} [replyVm] Pkts replyVm
         * @property {number|null} [replyQueue] Pkts replyQueue
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Pkts.
         * @memberof irqscale
         * @interface IPkts
         * @augments irqscale.Pkts.$Properties
         * @deprecated Use irqscale.Pkts.$Properties instead.
         */

        /**
         * Shape of a Pkts.
         * @typedef {irqscale.Pkts.$Properties} irqscale.Pkts.$Shape
         */

        /**
         * Constructs a new Pkts.
         * @memberof irqscale
         * @classdesc Represents a Pkts.
         * @constructor
         * @param {irqscale.Pkts.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Pkts = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Pkts conn.
         * @member {number} conn
         * @memberof irqscale.Pkts
         * @instance
         */
        Pkts.prototype.conn = 0;

        /**
         * Pkts req.
         * @member {number} req
         * @memberof irqscale.Pkts
         * @instance
         */
        Pkts.prototype.req = 0;

        /**
         * Pkts pkts.
         * @member {number} pkts
         * @memberof irqscale.Pkts
         * @instance
         */
        Pkts.prototype.pkts = 0;

        /**
         * Pkts kind.
         * @member {number} kind
         * @memberof irqscale.Pkts
         * @instance
         */
        Pkts.prototype.kind = 0;

        /**
         * Pkts sentAt.
         * @member {number} sentAt
         * @memberof irqscale.Pkts
         * @instance
         */
        Pkts.prototype.sentAt = 0;

        /**
         * Pkts replyTo.
         * @member {number} replyTo
         * @memberof irqscale.Pkts
         * @instance
         */
        Pkts.prototype.replyTo = 0;

        /**
         * Pkts vm.
         * @member {number} vm
         * @memberof irqscale.Pkts
         * @instance
         */
        Pkts.prototype.vm = 0;

        /**
         * Pkts queue.
         * @member {number} queue
         * @memberof irqscale.Pkts
         * @instance
         */
        Pkts.prototype.queue = 0;

        /**
         * Pkts dst.
         * @member {number} dst
         * @memberof irqscale.Pkts
         * @instance
         */
        Pkts.prototype.dst = 0;

        /**
         * Pkts replyVm.
         * @member {number} replyVm
         * @memberof irqscale.Pkts
         * @instance
         */
        Pkts.prototype.replyVm = 0;

        /**
         * Pkts replyQueue.
         * @member {number} replyQueue
         * @memberof irqscale.Pkts
         * @instance
         */
        Pkts.prototype.replyQueue = 0;

        /**
         * Creates a new Pkts instance using the specified properties.
         * @function create
         * @memberof irqscale.Pkts
         * @static
         * @param {irqscale.Pkts.$Properties=} [properties] Properties to set
         * @returns {irqscale.Pkts} Pkts instance
         * @type {{
         *   (properties: irqscale.Pkts.$Shape): irqscale.Pkts & irqscale.Pkts.$Shape;
         *   (properties?: irqscale.Pkts.$Properties): irqscale.Pkts;
         * }}
         */
        Pkts.create = function(properties) {
            return new Pkts(properties);
        };

        /**
         * Encodes the specified Pkts message. Does not implicitly {@link irqscale.Pkts.verify|verify} messages.
         * @function encode
         * @memberof irqscale.Pkts
         * @static
         * @param {irqscale.Pkts.$Properties} message Pkts message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Pkts.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.conn != null && $Object.hasOwnProperty.call(message, "conn") && message.conn !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.conn);
            if (message.req != null && $Object.hasOwnProperty.call(message, "req") && message.req !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.req);
            if (message.pkts != null && $Object.hasOwnProperty.call(message, "pkts") && message.pkts !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.pkts);
            if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.kind);
            if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt") && !$Object.is(message.sentAt, 0))
                writer.uint32(/* id 5, wireType 1 =*/41).double(message.sentAt);
            if (message.replyTo != null && $Object.hasOwnProperty.call(message, "replyTo") && message.replyTo !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.replyTo);
            if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== 0)
                writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.vm);
            if (message.queue != null && $Object.hasOwnProperty.call(message, "queue") && message.queue !== 0)
                writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.queue);
            if (message.dst != null && $Object.hasOwnProperty.call(message, "dst") && message.dst !== 0)
                writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.dst);
            if (message.replyVm != null && $Object.hasOwnProperty.call(message, "replyVm") && message.replyVm !== 0)
                writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.replyVm);
            if (message.replyQueue != null && $Object.hasOwnProperty.call(message, "replyQueue") && message.replyQueue !== 0)
                writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.replyQueue);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Pkts message, length delimited. Does not implicitly {@link irqscale.Pkts.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.Pkts
         * @static
         * @param {irqscale.Pkts.$Properties} message Pkts message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Pkts.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Pkts message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.Pkts
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.Pkts & irqscale.Pkts.$Shape} Pkts
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Pkts.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.Pkts();
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
                            message.conn = value;
                        else
                            delete message.conn;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.req = value;
                        else
                            delete message.req;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.pkts = value;
                        else
                            delete message.pkts;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.kind = value;
                        else
                            delete message.kind;
                        continue;
                    }
                case 5: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.sentAt = value;
                        else
                            delete message.sentAt;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.replyTo = value;
                        else
                            delete message.replyTo;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.vm = value;
                        else
                            delete message.vm;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.queue = value;
                        else
                            delete message.queue;
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.dst = value;
                        else
                            delete message.dst;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.replyVm = value;
                        else
                            delete message.replyVm;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.replyQueue = value;
                        else
                            delete message.replyQueue;
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
         * Decodes a Pkts message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.Pkts
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.Pkts & irqscale.Pkts.$Shape} Pkts
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Pkts.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Pkts message.
         * @function verify
         * @memberof irqscale.Pkts
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Pkts.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.conn != null && $Object.hasOwnProperty.call(message, "conn"))
                if (!$util.isInteger(message.conn))
                    return "conn: integer expected";
            if (message.req != null && $Object.hasOwnProperty.call(message, "req"))
                if (!$util.isInteger(message.req))
                    return "req: integer expected";
            if (message.pkts != null && $Object.hasOwnProperty.call(message, "pkts"))
                if (!$util.isInteger(message.pkts))
                    return "pkts: integer expected";
            if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                if (!$util.isInteger(message.kind))
                    return "kind: integer expected";
            if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt"))
                if (typeof message.sentAt !== "number")
                    return "sentAt: number expected";
            if (message.replyTo != null && $Object.hasOwnProperty.call(message, "replyTo"))
                if (!$util.isInteger(message.replyTo))
                    return "replyTo: integer expected";
            if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
                if (!$util.isInteger(message.vm))
                    return "vm: integer expected";
            if (message.queue != null && $Object.hasOwnProperty.call(message, "queue"))
                if (!$util.isInteger(message.queue))
                    return "queue: integer expected";
            if (message.dst != null && $Object.hasOwnProperty.call(message, "dst"))
                if (!$util.isInteger(message.dst))
                    return "dst: integer expected";
            if (message.replyVm != null && $Object.hasOwnProperty.call(message, "replyVm"))
                if (!$util.isInteger(message.replyVm))
                    return "replyVm: integer expected";
            if (message.replyQueue != null && $Object.hasOwnProperty.call(message, "replyQueue"))
                if (!$util.isInteger(message.replyQueue))
                    return "replyQueue: integer expected";
            return null;
        };

        /**
         * Creates a Pkts message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.Pkts
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.Pkts} Pkts
         */
        Pkts.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.Pkts)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.Pkts: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.Pkts();
            if (object.conn != null)
                if ($Number(object.conn) !== 0)
                    message.conn = object.conn >>> 0;
            if (object.req != null)
                if ($Number(object.req) !== 0)
                    message.req = object.req >>> 0;
            if (object.pkts != null)
                if ($Number(object.pkts) !== 0)
                    message.pkts = object.pkts >>> 0;
            if (object.kind != null)
                if ($Number(object.kind) !== 0)
                    message.kind = object.kind >>> 0;
            if (object.sentAt != null)
                if (!$Object.is($Number(object.sentAt), 0))
                    message.sentAt = $Number(object.sentAt);
            if (object.replyTo != null)
                if ($Number(object.replyTo) !== 0)
                    message.replyTo = object.replyTo >>> 0;
            if (object.vm != null)
                if ($Number(object.vm) !== 0)
                    message.vm = object.vm >>> 0;
            if (object.queue != null)
                if ($Number(object.queue) !== 0)
                    message.queue = object.queue >>> 0;
            if (object.dst != null)
                if ($Number(object.dst) !== 0)
                    message.dst = object.dst >>> 0;
            if (object.replyVm != null)
                if ($Number(object.replyVm) !== 0)
                    message.replyVm = object.replyVm >>> 0;
            if (object.replyQueue != null)
                if ($Number(object.replyQueue) !== 0)
                    message.replyQueue = object.replyQueue >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a Pkts message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.Pkts
         * @static
         * @param {irqscale.Pkts} message Pkts
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Pkts.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.conn = 0;
                object.req = 0;
                object.pkts = 0;
                object.kind = 0;
                object.sentAt = 0;
                object.replyTo = 0;
                object.vm = 0;
                object.queue = 0;
                object.dst = 0;
                object.replyVm = 0;
                object.replyQueue = 0;
            }
            if (message.conn != null && $Object.hasOwnProperty.call(message, "conn"))
                object.conn = message.conn;
            if (message.req != null && $Object.hasOwnProperty.call(message, "req"))
                object.req = message.req;
            if (message.pkts != null && $Object.hasOwnProperty.call(message, "pkts"))
                object.pkts = message.pkts;
            if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                object.kind = message.kind;
            if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt"))
                object.sentAt = options.json && !$isFinite(message.sentAt) ? $String(message.sentAt) : message.sentAt;
            if (message.replyTo != null && $Object.hasOwnProperty.call(message, "replyTo"))
                object.replyTo = message.replyTo;
            if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
                object.vm = message.vm;
            if (message.queue != null && $Object.hasOwnProperty.call(message, "queue"))
                object.queue = message.queue;
            if (message.dst != null && $Object.hasOwnProperty.call(message, "dst"))
                object.dst = message.dst;
            if (message.replyVm != null && $Object.hasOwnProperty.call(message, "replyVm"))
                object.replyVm = message.replyVm;
            if (message.replyQueue != null && $Object.hasOwnProperty.call(message, "replyQueue"))
                object.replyQueue = message.replyQueue;
            return object;
        };

        /**
         * Converts this Pkts to JSON.
         * @function toJSON
         * @memberof irqscale.Pkts
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Pkts.prototype.toJSON = function() {
            return Pkts.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Pkts
         * @function getTypeUrl
         * @memberof irqscale.Pkts
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Pkts.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.Pkts";
        };

        return Pkts;
    })();

    irqscale.CpuReq = (function() {

        /**
         * Properties of a CpuReq.
         * @typedef {Object} irqscale.CpuReq.$Properties
         * @property {number|null} [cls] CpuReq cls
         * @property {number|null} [ns] CpuReq ns
         * @property {number|null} [token] CpuReq token
         * @property {number|null} [from] CpuReq from
         * @property {number|null} [path] CpuReq path
         * @property {number|null} [arg] CpuReq arg
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CpuReq.
         * @memberof irqscale
         * @interface ICpuReq
         * @augments irqscale.CpuReq.$Properties
         * @deprecated Use irqscale.CpuReq.$Properties instead.
         */

        /**
         * Shape of a CpuReq.
         * @typedef {irqscale.CpuReq.$Properties} irqscale.CpuReq.$Shape
         */

        /**
         * Constructs a new CpuReq.
         * @memberof irqscale
         * @classdesc Represents a CpuReq.
         * @constructor
         * @param {irqscale.CpuReq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CpuReq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * CpuReq cls.
         * @member {number} cls
         * @memberof irqscale.CpuReq
         * @instance
         */
        CpuReq.prototype.cls = 0;

        /**
         * CpuReq ns.
         * @member {number} ns
         * @memberof irqscale.CpuReq
         * @instance
         */
        CpuReq.prototype.ns = 0;

        /**
         * CpuReq token.
         * @member {number} token
         * @memberof irqscale.CpuReq
         * @instance
         */
        CpuReq.prototype.token = 0;

        /**
         * CpuReq from.
         * @member {number} from
         * @memberof irqscale.CpuReq
         * @instance
         */
        CpuReq.prototype.from = 0;

        /**
         * CpuReq path.
         * @member {number} path
         * @memberof irqscale.CpuReq
         * @instance
         */
        CpuReq.prototype.path = 0;

        /**
         * CpuReq arg.
         * @member {number} arg
         * @memberof irqscale.CpuReq
         * @instance
         */
        CpuReq.prototype.arg = 0;

        /**
         * Creates a new CpuReq instance using the specified properties.
         * @function create
         * @memberof irqscale.CpuReq
         * @static
         * @param {irqscale.CpuReq.$Properties=} [properties] Properties to set
         * @returns {irqscale.CpuReq} CpuReq instance
         * @type {{
         *   (properties: irqscale.CpuReq.$Shape): irqscale.CpuReq & irqscale.CpuReq.$Shape;
         *   (properties?: irqscale.CpuReq.$Properties): irqscale.CpuReq;
         * }}
         */
        CpuReq.create = function(properties) {
            return new CpuReq(properties);
        };

        /**
         * Encodes the specified CpuReq message. Does not implicitly {@link irqscale.CpuReq.verify|verify} messages.
         * @function encode
         * @memberof irqscale.CpuReq
         * @static
         * @param {irqscale.CpuReq.$Properties} message CpuReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CpuReq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.cls != null && $Object.hasOwnProperty.call(message, "cls") && message.cls !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.cls);
            if (message.ns != null && $Object.hasOwnProperty.call(message, "ns") && !$Object.is(message.ns, 0))
                writer.uint32(/* id 2, wireType 1 =*/17).double(message.ns);
            if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.token);
            if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.from);
            if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.path);
            if (message.arg != null && $Object.hasOwnProperty.call(message, "arg") && message.arg !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.arg);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified CpuReq message, length delimited. Does not implicitly {@link irqscale.CpuReq.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.CpuReq
         * @static
         * @param {irqscale.CpuReq.$Properties} message CpuReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CpuReq.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CpuReq message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.CpuReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.CpuReq & irqscale.CpuReq.$Shape} CpuReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CpuReq.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.CpuReq();
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
                            message.cls = value;
                        else
                            delete message.cls;
                        continue;
                    }
                case 2: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.ns = value;
                        else
                            delete message.ns;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.token = value;
                        else
                            delete message.token;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.from = value;
                        else
                            delete message.from;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.path = value;
                        else
                            delete message.path;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.arg = value;
                        else
                            delete message.arg;
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
         * Decodes a CpuReq message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.CpuReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.CpuReq & irqscale.CpuReq.$Shape} CpuReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CpuReq.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CpuReq message.
         * @function verify
         * @memberof irqscale.CpuReq
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CpuReq.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.cls != null && $Object.hasOwnProperty.call(message, "cls"))
                if (!$util.isInteger(message.cls))
                    return "cls: integer expected";
            if (message.ns != null && $Object.hasOwnProperty.call(message, "ns"))
                if (typeof message.ns !== "number")
                    return "ns: number expected";
            if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                if (!$util.isInteger(message.token))
                    return "token: integer expected";
            if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                if (!$util.isInteger(message.from))
                    return "from: integer expected";
            if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                if (!$util.isInteger(message.path))
                    return "path: integer expected";
            if (message.arg != null && $Object.hasOwnProperty.call(message, "arg"))
                if (!$util.isInteger(message.arg))
                    return "arg: integer expected";
            return null;
        };

        /**
         * Creates a CpuReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.CpuReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.CpuReq} CpuReq
         */
        CpuReq.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.CpuReq)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.CpuReq: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.CpuReq();
            if (object.cls != null)
                if ($Number(object.cls) !== 0)
                    message.cls = object.cls >>> 0;
            if (object.ns != null)
                if (!$Object.is($Number(object.ns), 0))
                    message.ns = $Number(object.ns);
            if (object.token != null)
                if ($Number(object.token) !== 0)
                    message.token = object.token >>> 0;
            if (object.from != null)
                if ($Number(object.from) !== 0)
                    message.from = object.from >>> 0;
            if (object.path != null)
                if ($Number(object.path) !== 0)
                    message.path = object.path >>> 0;
            if (object.arg != null)
                if ($Number(object.arg) !== 0)
                    message.arg = object.arg >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a CpuReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.CpuReq
         * @static
         * @param {irqscale.CpuReq} message CpuReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CpuReq.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.cls = 0;
                object.ns = 0;
                object.token = 0;
                object.from = 0;
                object.path = 0;
                object.arg = 0;
            }
            if (message.cls != null && $Object.hasOwnProperty.call(message, "cls"))
                object.cls = message.cls;
            if (message.ns != null && $Object.hasOwnProperty.call(message, "ns"))
                object.ns = options.json && !$isFinite(message.ns) ? $String(message.ns) : message.ns;
            if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                object.token = message.token;
            if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                object.from = message.from;
            if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                object.path = message.path;
            if (message.arg != null && $Object.hasOwnProperty.call(message, "arg"))
                object.arg = message.arg;
            return object;
        };

        /**
         * Converts this CpuReq to JSON.
         * @function toJSON
         * @memberof irqscale.CpuReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CpuReq.prototype.toJSON = function() {
            return CpuReq.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CpuReq
         * @function getTypeUrl
         * @memberof irqscale.CpuReq
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CpuReq.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.CpuReq";
        };

        return CpuReq;
    })();

    irqscale.CpuDone = (function() {

        /**
         * Properties of a CpuDone.
         * @typedef {Object} irqscale.CpuDone.$Properties
         * @property {number|null} [token] CpuDone token
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CpuDone.
         * @memberof irqscale
         * @interface ICpuDone
         * @augments irqscale.CpuDone.$Properties
         * @deprecated Use irqscale.CpuDone.$Properties instead.
         */

        /**
         * Shape of a CpuDone.
         * @typedef {irqscale.CpuDone.$Properties} irqscale.CpuDone.$Shape
         */

        /**
         * Constructs a new CpuDone.
         * @memberof irqscale
         * @classdesc Represents a CpuDone.
         * @constructor
         * @param {irqscale.CpuDone.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CpuDone = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * CpuDone token.
         * @member {number} token
         * @memberof irqscale.CpuDone
         * @instance
         */
        CpuDone.prototype.token = 0;

        /**
         * Creates a new CpuDone instance using the specified properties.
         * @function create
         * @memberof irqscale.CpuDone
         * @static
         * @param {irqscale.CpuDone.$Properties=} [properties] Properties to set
         * @returns {irqscale.CpuDone} CpuDone instance
         * @type {{
         *   (properties: irqscale.CpuDone.$Shape): irqscale.CpuDone & irqscale.CpuDone.$Shape;
         *   (properties?: irqscale.CpuDone.$Properties): irqscale.CpuDone;
         * }}
         */
        CpuDone.create = function(properties) {
            return new CpuDone(properties);
        };

        /**
         * Encodes the specified CpuDone message. Does not implicitly {@link irqscale.CpuDone.verify|verify} messages.
         * @function encode
         * @memberof irqscale.CpuDone
         * @static
         * @param {irqscale.CpuDone.$Properties} message CpuDone message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CpuDone.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.token);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified CpuDone message, length delimited. Does not implicitly {@link irqscale.CpuDone.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.CpuDone
         * @static
         * @param {irqscale.CpuDone.$Properties} message CpuDone message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CpuDone.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CpuDone message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.CpuDone
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.CpuDone & irqscale.CpuDone.$Shape} CpuDone
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CpuDone.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.CpuDone();
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
                            message.token = value;
                        else
                            delete message.token;
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
         * Decodes a CpuDone message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.CpuDone
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.CpuDone & irqscale.CpuDone.$Shape} CpuDone
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CpuDone.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CpuDone message.
         * @function verify
         * @memberof irqscale.CpuDone
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CpuDone.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                if (!$util.isInteger(message.token))
                    return "token: integer expected";
            return null;
        };

        /**
         * Creates a CpuDone message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.CpuDone
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.CpuDone} CpuDone
         */
        CpuDone.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.CpuDone)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.CpuDone: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.CpuDone();
            if (object.token != null)
                if ($Number(object.token) !== 0)
                    message.token = object.token >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a CpuDone message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.CpuDone
         * @static
         * @param {irqscale.CpuDone} message CpuDone
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CpuDone.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.token = 0;
            if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                object.token = message.token;
            return object;
        };

        /**
         * Converts this CpuDone to JSON.
         * @function toJSON
         * @memberof irqscale.CpuDone
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CpuDone.prototype.toJSON = function() {
            return CpuDone.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CpuDone
         * @function getTypeUrl
         * @memberof irqscale.CpuDone
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CpuDone.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.CpuDone";
        };

        return CpuDone;
    })();

    irqscale.Kick = (function() {

        /**
         * Properties of a Kick.
         * @typedef {Object} irqscale.Kick.$Properties
         * @property {number|null} [queue] Kick queue
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Kick.
         * @memberof irqscale
         * @interface IKick
         * @augments irqscale.Kick.$Properties
         * @deprecated Use irqscale.Kick.$Properties instead.
         */

        /**
         * Shape of a Kick.
         * @typedef {irqscale.Kick.$Properties} irqscale.Kick.$Shape
         */

        /**
         * Constructs a new Kick.
         * @memberof irqscale
         * @classdesc Represents a Kick.
         * @constructor
         * @param {irqscale.Kick.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Kick = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Kick queue.
         * @member {number} queue
         * @memberof irqscale.Kick
         * @instance
         */
        Kick.prototype.queue = 0;

        /**
         * Creates a new Kick instance using the specified properties.
         * @function create
         * @memberof irqscale.Kick
         * @static
         * @param {irqscale.Kick.$Properties=} [properties] Properties to set
         * @returns {irqscale.Kick} Kick instance
         * @type {{
         *   (properties: irqscale.Kick.$Shape): irqscale.Kick & irqscale.Kick.$Shape;
         *   (properties?: irqscale.Kick.$Properties): irqscale.Kick;
         * }}
         */
        Kick.create = function(properties) {
            return new Kick(properties);
        };

        /**
         * Encodes the specified Kick message. Does not implicitly {@link irqscale.Kick.verify|verify} messages.
         * @function encode
         * @memberof irqscale.Kick
         * @static
         * @param {irqscale.Kick.$Properties} message Kick message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Kick.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.queue != null && $Object.hasOwnProperty.call(message, "queue") && message.queue !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.queue);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Kick message, length delimited. Does not implicitly {@link irqscale.Kick.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.Kick
         * @static
         * @param {irqscale.Kick.$Properties} message Kick message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Kick.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Kick message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.Kick
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.Kick & irqscale.Kick.$Shape} Kick
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Kick.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.Kick();
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
                            message.queue = value;
                        else
                            delete message.queue;
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
         * Decodes a Kick message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.Kick
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.Kick & irqscale.Kick.$Shape} Kick
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Kick.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Kick message.
         * @function verify
         * @memberof irqscale.Kick
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Kick.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.queue != null && $Object.hasOwnProperty.call(message, "queue"))
                if (!$util.isInteger(message.queue))
                    return "queue: integer expected";
            return null;
        };

        /**
         * Creates a Kick message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.Kick
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.Kick} Kick
         */
        Kick.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.Kick)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.Kick: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.Kick();
            if (object.queue != null)
                if ($Number(object.queue) !== 0)
                    message.queue = object.queue >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a Kick message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.Kick
         * @static
         * @param {irqscale.Kick} message Kick
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Kick.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.queue = 0;
            if (message.queue != null && $Object.hasOwnProperty.call(message, "queue"))
                object.queue = message.queue;
            return object;
        };

        /**
         * Converts this Kick to JSON.
         * @function toJSON
         * @memberof irqscale.Kick
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Kick.prototype.toJSON = function() {
            return Kick.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Kick
         * @function getTypeUrl
         * @memberof irqscale.Kick
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Kick.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.Kick";
        };

        return Kick;
    })();

    irqscale.IrqLine = (function() {

        /**
         * Properties of an IrqLine.
         * @typedef {Object} irqscale.IrqLine.$Properties
         * @property {number|null} [intid] IrqLine intid
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an IrqLine.
         * @memberof irqscale
         * @interface IIrqLine
         * @augments irqscale.IrqLine.$Properties
         * @deprecated Use irqscale.IrqLine.$Properties instead.
         */

        /**
         * Shape of an IrqLine.
         * @typedef {irqscale.IrqLine.$Properties} irqscale.IrqLine.$Shape
         */

        /**
         * Constructs a new IrqLine.
         * @memberof irqscale
         * @classdesc Represents an IrqLine.
         * @constructor
         * @param {irqscale.IrqLine.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const IrqLine = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * IrqLine intid.
         * @member {number} intid
         * @memberof irqscale.IrqLine
         * @instance
         */
        IrqLine.prototype.intid = 0;

        /**
         * Creates a new IrqLine instance using the specified properties.
         * @function create
         * @memberof irqscale.IrqLine
         * @static
         * @param {irqscale.IrqLine.$Properties=} [properties] Properties to set
         * @returns {irqscale.IrqLine} IrqLine instance
         * @type {{
         *   (properties: irqscale.IrqLine.$Shape): irqscale.IrqLine & irqscale.IrqLine.$Shape;
         *   (properties?: irqscale.IrqLine.$Properties): irqscale.IrqLine;
         * }}
         */
        IrqLine.create = function(properties) {
            return new IrqLine(properties);
        };

        /**
         * Encodes the specified IrqLine message. Does not implicitly {@link irqscale.IrqLine.verify|verify} messages.
         * @function encode
         * @memberof irqscale.IrqLine
         * @static
         * @param {irqscale.IrqLine.$Properties} message IrqLine message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        IrqLine.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.intid != null && $Object.hasOwnProperty.call(message, "intid") && message.intid !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.intid);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified IrqLine message, length delimited. Does not implicitly {@link irqscale.IrqLine.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.IrqLine
         * @static
         * @param {irqscale.IrqLine.$Properties} message IrqLine message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        IrqLine.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an IrqLine message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.IrqLine
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.IrqLine & irqscale.IrqLine.$Shape} IrqLine
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        IrqLine.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.IrqLine();
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
                            message.intid = value;
                        else
                            delete message.intid;
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
         * Decodes an IrqLine message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.IrqLine
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.IrqLine & irqscale.IrqLine.$Shape} IrqLine
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        IrqLine.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an IrqLine message.
         * @function verify
         * @memberof irqscale.IrqLine
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        IrqLine.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.intid != null && $Object.hasOwnProperty.call(message, "intid"))
                if (!$util.isInteger(message.intid))
                    return "intid: integer expected";
            return null;
        };

        /**
         * Creates an IrqLine message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.IrqLine
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.IrqLine} IrqLine
         */
        IrqLine.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.IrqLine)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.IrqLine: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.IrqLine();
            if (object.intid != null)
                if ($Number(object.intid) !== 0)
                    message.intid = object.intid >>> 0;
            return message;
        };

        /**
         * Creates a plain object from an IrqLine message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.IrqLine
         * @static
         * @param {irqscale.IrqLine} message IrqLine
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        IrqLine.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.intid = 0;
            if (message.intid != null && $Object.hasOwnProperty.call(message, "intid"))
                object.intid = message.intid;
            return object;
        };

        /**
         * Converts this IrqLine to JSON.
         * @function toJSON
         * @memberof irqscale.IrqLine
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        IrqLine.prototype.toJSON = function() {
            return IrqLine.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for IrqLine
         * @function getTypeUrl
         * @memberof irqscale.IrqLine
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        IrqLine.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.IrqLine";
        };

        return IrqLine;
    })();

    irqscale.Msi = (function() {

        /**
         * Properties of a Msi.
         * @typedef {Object} irqscale.Msi.$Properties
         * @property {number|null} [devid] Msi devid
         * @property {number|null} [eventid] Msi eventid
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Msi.
         * @memberof irqscale
         * @interface IMsi
         * @augments irqscale.Msi.$Properties
         * @deprecated Use irqscale.Msi.$Properties instead.
         */

        /**
         * Shape of a Msi.
         * @typedef {irqscale.Msi.$Properties} irqscale.Msi.$Shape
         */

        /**
         * Constructs a new Msi.
         * @memberof irqscale
         * @classdesc Represents a Msi.
         * @constructor
         * @param {irqscale.Msi.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Msi = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Msi devid.
         * @member {number} devid
         * @memberof irqscale.Msi
         * @instance
         */
        Msi.prototype.devid = 0;

        /**
         * Msi eventid.
         * @member {number} eventid
         * @memberof irqscale.Msi
         * @instance
         */
        Msi.prototype.eventid = 0;

        /**
         * Creates a new Msi instance using the specified properties.
         * @function create
         * @memberof irqscale.Msi
         * @static
         * @param {irqscale.Msi.$Properties=} [properties] Properties to set
         * @returns {irqscale.Msi} Msi instance
         * @type {{
         *   (properties: irqscale.Msi.$Shape): irqscale.Msi & irqscale.Msi.$Shape;
         *   (properties?: irqscale.Msi.$Properties): irqscale.Msi;
         * }}
         */
        Msi.create = function(properties) {
            return new Msi(properties);
        };

        /**
         * Encodes the specified Msi message. Does not implicitly {@link irqscale.Msi.verify|verify} messages.
         * @function encode
         * @memberof irqscale.Msi
         * @static
         * @param {irqscale.Msi.$Properties} message Msi message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Msi.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.devid != null && $Object.hasOwnProperty.call(message, "devid") && message.devid !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.devid);
            if (message.eventid != null && $Object.hasOwnProperty.call(message, "eventid") && message.eventid !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.eventid);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Msi message, length delimited. Does not implicitly {@link irqscale.Msi.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.Msi
         * @static
         * @param {irqscale.Msi.$Properties} message Msi message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Msi.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Msi message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.Msi
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.Msi & irqscale.Msi.$Shape} Msi
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Msi.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.Msi();
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
                            message.devid = value;
                        else
                            delete message.devid;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.eventid = value;
                        else
                            delete message.eventid;
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
         * Decodes a Msi message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.Msi
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.Msi & irqscale.Msi.$Shape} Msi
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Msi.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Msi message.
         * @function verify
         * @memberof irqscale.Msi
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Msi.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.devid != null && $Object.hasOwnProperty.call(message, "devid"))
                if (!$util.isInteger(message.devid))
                    return "devid: integer expected";
            if (message.eventid != null && $Object.hasOwnProperty.call(message, "eventid"))
                if (!$util.isInteger(message.eventid))
                    return "eventid: integer expected";
            return null;
        };

        /**
         * Creates a Msi message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.Msi
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.Msi} Msi
         */
        Msi.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.Msi)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.Msi: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.Msi();
            if (object.devid != null)
                if ($Number(object.devid) !== 0)
                    message.devid = object.devid >>> 0;
            if (object.eventid != null)
                if ($Number(object.eventid) !== 0)
                    message.eventid = object.eventid >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a Msi message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.Msi
         * @static
         * @param {irqscale.Msi} message Msi
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Msi.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.devid = 0;
                object.eventid = 0;
            }
            if (message.devid != null && $Object.hasOwnProperty.call(message, "devid"))
                object.devid = message.devid;
            if (message.eventid != null && $Object.hasOwnProperty.call(message, "eventid"))
                object.eventid = message.eventid;
            return object;
        };

        /**
         * Converts this Msi to JSON.
         * @function toJSON
         * @memberof irqscale.Msi
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Msi.prototype.toJSON = function() {
            return Msi.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Msi
         * @function getTypeUrl
         * @memberof irqscale.Msi
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Msi.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.Msi";
        };

        return Msi;
    })();

    irqscale.Virq = (function() {

        /**
         * Properties of a Virq.
         * @typedef {Object} irqscale.Virq.$Properties
         * @property {number|null} [intid] Virq intid
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Virq.
         * @memberof irqscale
         * @interface IVirq
         * @augments irqscale.Virq.$Properties
         * @deprecated Use irqscale.Virq.$Properties instead.
         */

        /**
         * Shape of a Virq.
         * @typedef {irqscale.Virq.$Properties} irqscale.Virq.$Shape
         */

        /**
         * Constructs a new Virq.
         * @memberof irqscale
         * @classdesc Represents a Virq.
         * @constructor
         * @param {irqscale.Virq.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Virq = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Virq intid.
         * @member {number} intid
         * @memberof irqscale.Virq
         * @instance
         */
        Virq.prototype.intid = 0;

        /**
         * Creates a new Virq instance using the specified properties.
         * @function create
         * @memberof irqscale.Virq
         * @static
         * @param {irqscale.Virq.$Properties=} [properties] Properties to set
         * @returns {irqscale.Virq} Virq instance
         * @type {{
         *   (properties: irqscale.Virq.$Shape): irqscale.Virq & irqscale.Virq.$Shape;
         *   (properties?: irqscale.Virq.$Properties): irqscale.Virq;
         * }}
         */
        Virq.create = function(properties) {
            return new Virq(properties);
        };

        /**
         * Encodes the specified Virq message. Does not implicitly {@link irqscale.Virq.verify|verify} messages.
         * @function encode
         * @memberof irqscale.Virq
         * @static
         * @param {irqscale.Virq.$Properties} message Virq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Virq.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.intid != null && $Object.hasOwnProperty.call(message, "intid") && message.intid !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.intid);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Virq message, length delimited. Does not implicitly {@link irqscale.Virq.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.Virq
         * @static
         * @param {irqscale.Virq.$Properties} message Virq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Virq.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Virq message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.Virq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.Virq & irqscale.Virq.$Shape} Virq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Virq.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.Virq();
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
                            message.intid = value;
                        else
                            delete message.intid;
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
         * Decodes a Virq message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.Virq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.Virq & irqscale.Virq.$Shape} Virq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Virq.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Virq message.
         * @function verify
         * @memberof irqscale.Virq
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Virq.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.intid != null && $Object.hasOwnProperty.call(message, "intid"))
                if (!$util.isInteger(message.intid))
                    return "intid: integer expected";
            return null;
        };

        /**
         * Creates a Virq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.Virq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.Virq} Virq
         */
        Virq.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.Virq)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.Virq: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.Virq();
            if (object.intid != null)
                if ($Number(object.intid) !== 0)
                    message.intid = object.intid >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a Virq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.Virq
         * @static
         * @param {irqscale.Virq} message Virq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Virq.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.intid = 0;
            if (message.intid != null && $Object.hasOwnProperty.call(message, "intid"))
                object.intid = message.intid;
            return object;
        };

        /**
         * Converts this Virq to JSON.
         * @function toJSON
         * @memberof irqscale.Virq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Virq.prototype.toJSON = function() {
            return Virq.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Virq
         * @function getTypeUrl
         * @memberof irqscale.Virq
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Virq.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.Virq";
        };

        return Virq;
    })();

    irqscale.Vkick = (function() {

        /**
         * Properties of a Vkick.
         * @typedef {Object} irqscale.Vkick.$Properties
         * @property {number|null} [reason] Vkick reason
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Vkick.
         * @memberof irqscale
         * @interface IVkick
         * @augments irqscale.Vkick.$Properties
         * @deprecated Use irqscale.Vkick.$Properties instead.
         */

        /**
         * Shape of a Vkick.
         * @typedef {irqscale.Vkick.$Properties} irqscale.Vkick.$Shape
         */

        /**
         * Constructs a new Vkick.
         * @memberof irqscale
         * @classdesc Represents a Vkick.
         * @constructor
         * @param {irqscale.Vkick.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Vkick = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Vkick reason.
         * @member {number} reason
         * @memberof irqscale.Vkick
         * @instance
         */
        Vkick.prototype.reason = 0;

        /**
         * Creates a new Vkick instance using the specified properties.
         * @function create
         * @memberof irqscale.Vkick
         * @static
         * @param {irqscale.Vkick.$Properties=} [properties] Properties to set
         * @returns {irqscale.Vkick} Vkick instance
         * @type {{
         *   (properties: irqscale.Vkick.$Shape): irqscale.Vkick & irqscale.Vkick.$Shape;
         *   (properties?: irqscale.Vkick.$Properties): irqscale.Vkick;
         * }}
         */
        Vkick.create = function(properties) {
            return new Vkick(properties);
        };

        /**
         * Encodes the specified Vkick message. Does not implicitly {@link irqscale.Vkick.verify|verify} messages.
         * @function encode
         * @memberof irqscale.Vkick
         * @static
         * @param {irqscale.Vkick.$Properties} message Vkick message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Vkick.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.reason);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Vkick message, length delimited. Does not implicitly {@link irqscale.Vkick.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.Vkick
         * @static
         * @param {irqscale.Vkick.$Properties} message Vkick message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Vkick.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Vkick message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.Vkick
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.Vkick & irqscale.Vkick.$Shape} Vkick
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Vkick.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.Vkick();
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
                            message.reason = value;
                        else
                            delete message.reason;
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
         * Decodes a Vkick message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.Vkick
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.Vkick & irqscale.Vkick.$Shape} Vkick
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Vkick.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Vkick message.
         * @function verify
         * @memberof irqscale.Vkick
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Vkick.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                if (!$util.isInteger(message.reason))
                    return "reason: integer expected";
            return null;
        };

        /**
         * Creates a Vkick message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.Vkick
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.Vkick} Vkick
         */
        Vkick.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.Vkick)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.Vkick: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.Vkick();
            if (object.reason != null)
                if ($Number(object.reason) !== 0)
                    message.reason = object.reason >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a Vkick message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.Vkick
         * @static
         * @param {irqscale.Vkick} message Vkick
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Vkick.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.reason = 0;
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                object.reason = message.reason;
            return object;
        };

        /**
         * Converts this Vkick to JSON.
         * @function toJSON
         * @memberof irqscale.Vkick
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Vkick.prototype.toJSON = function() {
            return Vkick.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Vkick
         * @function getTypeUrl
         * @memberof irqscale.Vkick
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Vkick.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.Vkick";
        };

        return Vkick;
    })();

    irqscale.Steal = (function() {

        /**
         * Properties of a Steal.
         * @typedef {Object} irqscale.Steal.$Properties
         * @property {number|null} [ns] Steal ns
         * @property {number|null} [epoch] Steal epoch
         * @property {number|null} [path] Steal path
         * @property {number|null} [arg] Steal arg
         * @property {number|null} [step] Steal step
         * @property {number|null} [vm] Steal vm
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Steal.
         * @memberof irqscale
         * @interface ISteal
         * @augments irqscale.Steal.$Properties
         * @deprecated Use irqscale.Steal.$Properties instead.
         */

        /**
         * Shape of a Steal.
         * @typedef {irqscale.Steal.$Properties} irqscale.Steal.$Shape
         */

        /**
         * Constructs a new Steal.
         * @memberof irqscale
         * @classdesc Represents a Steal.
         * @constructor
         * @param {irqscale.Steal.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Steal = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Steal ns.
         * @member {number} ns
         * @memberof irqscale.Steal
         * @instance
         */
        Steal.prototype.ns = 0;

        /**
         * Steal epoch.
         * @member {number} epoch
         * @memberof irqscale.Steal
         * @instance
         */
        Steal.prototype.epoch = 0;

        /**
         * Steal path.
         * @member {number} path
         * @memberof irqscale.Steal
         * @instance
         */
        Steal.prototype.path = 0;

        /**
         * Steal arg.
         * @member {number} arg
         * @memberof irqscale.Steal
         * @instance
         */
        Steal.prototype.arg = 0;

        /**
         * Steal step.
         * @member {number} step
         * @memberof irqscale.Steal
         * @instance
         */
        Steal.prototype.step = 0;

        /**
         * Steal vm.
         * @member {number} vm
         * @memberof irqscale.Steal
         * @instance
         */
        Steal.prototype.vm = 0;

        /**
         * Creates a new Steal instance using the specified properties.
         * @function create
         * @memberof irqscale.Steal
         * @static
         * @param {irqscale.Steal.$Properties=} [properties] Properties to set
         * @returns {irqscale.Steal} Steal instance
         * @type {{
         *   (properties: irqscale.Steal.$Shape): irqscale.Steal & irqscale.Steal.$Shape;
         *   (properties?: irqscale.Steal.$Properties): irqscale.Steal;
         * }}
         */
        Steal.create = function(properties) {
            return new Steal(properties);
        };

        /**
         * Encodes the specified Steal message. Does not implicitly {@link irqscale.Steal.verify|verify} messages.
         * @function encode
         * @memberof irqscale.Steal
         * @static
         * @param {irqscale.Steal.$Properties} message Steal message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Steal.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ns != null && $Object.hasOwnProperty.call(message, "ns") && !$Object.is(message.ns, 0))
                writer.uint32(/* id 1, wireType 1 =*/9).double(message.ns);
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.epoch);
            if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.path);
            if (message.arg != null && $Object.hasOwnProperty.call(message, "arg") && message.arg !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.arg);
            if (message.step != null && $Object.hasOwnProperty.call(message, "step") && message.step !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.step);
            if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.vm);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Steal message, length delimited. Does not implicitly {@link irqscale.Steal.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.Steal
         * @static
         * @param {irqscale.Steal.$Properties} message Steal message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Steal.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Steal message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.Steal
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.Steal & irqscale.Steal.$Shape} Steal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Steal.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.Steal();
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
                            message.ns = value;
                        else
                            delete message.ns;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.epoch = value;
                        else
                            delete message.epoch;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.path = value;
                        else
                            delete message.path;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.arg = value;
                        else
                            delete message.arg;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.step = value;
                        else
                            delete message.step;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.vm = value;
                        else
                            delete message.vm;
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
         * Decodes a Steal message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.Steal
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.Steal & irqscale.Steal.$Shape} Steal
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Steal.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Steal message.
         * @function verify
         * @memberof irqscale.Steal
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Steal.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.ns != null && $Object.hasOwnProperty.call(message, "ns"))
                if (typeof message.ns !== "number")
                    return "ns: number expected";
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                if (!$util.isInteger(message.epoch))
                    return "epoch: integer expected";
            if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                if (!$util.isInteger(message.path))
                    return "path: integer expected";
            if (message.arg != null && $Object.hasOwnProperty.call(message, "arg"))
                if (!$util.isInteger(message.arg))
                    return "arg: integer expected";
            if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                if (!$util.isInteger(message.step))
                    return "step: integer expected";
            if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
                if (!$util.isInteger(message.vm))
                    return "vm: integer expected";
            return null;
        };

        /**
         * Creates a Steal message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.Steal
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.Steal} Steal
         */
        Steal.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.Steal)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.Steal: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.Steal();
            if (object.ns != null)
                if (!$Object.is($Number(object.ns), 0))
                    message.ns = $Number(object.ns);
            if (object.epoch != null)
                if ($Number(object.epoch) !== 0)
                    message.epoch = object.epoch >>> 0;
            if (object.path != null)
                if ($Number(object.path) !== 0)
                    message.path = object.path >>> 0;
            if (object.arg != null)
                if ($Number(object.arg) !== 0)
                    message.arg = object.arg >>> 0;
            if (object.step != null)
                if ($Number(object.step) !== 0)
                    message.step = object.step >>> 0;
            if (object.vm != null)
                if ($Number(object.vm) !== 0)
                    message.vm = object.vm >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a Steal message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.Steal
         * @static
         * @param {irqscale.Steal} message Steal
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Steal.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.ns = 0;
                object.epoch = 0;
                object.path = 0;
                object.arg = 0;
                object.step = 0;
                object.vm = 0;
            }
            if (message.ns != null && $Object.hasOwnProperty.call(message, "ns"))
                object.ns = options.json && !$isFinite(message.ns) ? $String(message.ns) : message.ns;
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                object.epoch = message.epoch;
            if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                object.path = message.path;
            if (message.arg != null && $Object.hasOwnProperty.call(message, "arg"))
                object.arg = message.arg;
            if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                object.step = message.step;
            if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
                object.vm = message.vm;
            return object;
        };

        /**
         * Converts this Steal to JSON.
         * @function toJSON
         * @memberof irqscale.Steal
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Steal.prototype.toJSON = function() {
            return Steal.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Steal
         * @function getTypeUrl
         * @memberof irqscale.Steal
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Steal.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.Steal";
        };

        return Steal;
    })();

    irqscale.Dropped = (function() {

        /**
         * Properties of a Dropped.
         * @typedef {Object} irqscale.Dropped.$Properties
         * @property {number|null} [conn] Dropped conn
         * @property {number|null} [req] Dropped req
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Dropped.
         * @memberof irqscale
         * @interface IDropped
         * @augments irqscale.Dropped.$Properties
         * @deprecated Use irqscale.Dropped.$Properties instead.
         */

        /**
         * Shape of a Dropped.
         * @typedef {irqscale.Dropped.$Properties} irqscale.Dropped.$Shape
         */

        /**
         * Constructs a new Dropped.
         * @memberof irqscale
         * @classdesc Represents a Dropped.
         * @constructor
         * @param {irqscale.Dropped.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Dropped = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Dropped conn.
         * @member {number} conn
         * @memberof irqscale.Dropped
         * @instance
         */
        Dropped.prototype.conn = 0;

        /**
         * Dropped req.
         * @member {number} req
         * @memberof irqscale.Dropped
         * @instance
         */
        Dropped.prototype.req = 0;

        /**
         * Creates a new Dropped instance using the specified properties.
         * @function create
         * @memberof irqscale.Dropped
         * @static
         * @param {irqscale.Dropped.$Properties=} [properties] Properties to set
         * @returns {irqscale.Dropped} Dropped instance
         * @type {{
         *   (properties: irqscale.Dropped.$Shape): irqscale.Dropped & irqscale.Dropped.$Shape;
         *   (properties?: irqscale.Dropped.$Properties): irqscale.Dropped;
         * }}
         */
        Dropped.create = function(properties) {
            return new Dropped(properties);
        };

        /**
         * Encodes the specified Dropped message. Does not implicitly {@link irqscale.Dropped.verify|verify} messages.
         * @function encode
         * @memberof irqscale.Dropped
         * @static
         * @param {irqscale.Dropped.$Properties} message Dropped message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Dropped.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.conn != null && $Object.hasOwnProperty.call(message, "conn") && message.conn !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.conn);
            if (message.req != null && $Object.hasOwnProperty.call(message, "req") && message.req !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.req);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Dropped message, length delimited. Does not implicitly {@link irqscale.Dropped.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.Dropped
         * @static
         * @param {irqscale.Dropped.$Properties} message Dropped message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Dropped.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Dropped message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.Dropped
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.Dropped & irqscale.Dropped.$Shape} Dropped
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Dropped.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.Dropped();
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
                            message.conn = value;
                        else
                            delete message.conn;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.req = value;
                        else
                            delete message.req;
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
         * Decodes a Dropped message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.Dropped
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.Dropped & irqscale.Dropped.$Shape} Dropped
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Dropped.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Dropped message.
         * @function verify
         * @memberof irqscale.Dropped
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Dropped.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.conn != null && $Object.hasOwnProperty.call(message, "conn"))
                if (!$util.isInteger(message.conn))
                    return "conn: integer expected";
            if (message.req != null && $Object.hasOwnProperty.call(message, "req"))
                if (!$util.isInteger(message.req))
                    return "req: integer expected";
            return null;
        };

        /**
         * Creates a Dropped message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.Dropped
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.Dropped} Dropped
         */
        Dropped.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.Dropped)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.Dropped: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.Dropped();
            if (object.conn != null)
                if ($Number(object.conn) !== 0)
                    message.conn = object.conn >>> 0;
            if (object.req != null)
                if ($Number(object.req) !== 0)
                    message.req = object.req >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a Dropped message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.Dropped
         * @static
         * @param {irqscale.Dropped} message Dropped
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Dropped.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.conn = 0;
                object.req = 0;
            }
            if (message.conn != null && $Object.hasOwnProperty.call(message, "conn"))
                object.conn = message.conn;
            if (message.req != null && $Object.hasOwnProperty.call(message, "req"))
                object.req = message.req;
            return object;
        };

        /**
         * Converts this Dropped to JSON.
         * @function toJSON
         * @memberof irqscale.Dropped
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Dropped.prototype.toJSON = function() {
            return Dropped.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Dropped
         * @function getTypeUrl
         * @memberof irqscale.Dropped
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Dropped.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.Dropped";
        };

        return Dropped;
    })();

    irqscale.Think = (function() {

        /**
         * Properties of a Think.
         * @typedef {Object} irqscale.Think.$Properties
         * @property {number|null} [conn] Think conn
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Think.
         * @memberof irqscale
         * @interface IThink
         * @augments irqscale.Think.$Properties
         * @deprecated Use irqscale.Think.$Properties instead.
         */

        /**
         * Shape of a Think.
         * @typedef {irqscale.Think.$Properties} irqscale.Think.$Shape
         */

        /**
         * Constructs a new Think.
         * @memberof irqscale
         * @classdesc Represents a Think.
         * @constructor
         * @param {irqscale.Think.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Think = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Think conn.
         * @member {number} conn
         * @memberof irqscale.Think
         * @instance
         */
        Think.prototype.conn = 0;

        /**
         * Creates a new Think instance using the specified properties.
         * @function create
         * @memberof irqscale.Think
         * @static
         * @param {irqscale.Think.$Properties=} [properties] Properties to set
         * @returns {irqscale.Think} Think instance
         * @type {{
         *   (properties: irqscale.Think.$Shape): irqscale.Think & irqscale.Think.$Shape;
         *   (properties?: irqscale.Think.$Properties): irqscale.Think;
         * }}
         */
        Think.create = function(properties) {
            return new Think(properties);
        };

        /**
         * Encodes the specified Think message. Does not implicitly {@link irqscale.Think.verify|verify} messages.
         * @function encode
         * @memberof irqscale.Think
         * @static
         * @param {irqscale.Think.$Properties} message Think message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Think.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.conn != null && $Object.hasOwnProperty.call(message, "conn") && message.conn !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.conn);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Think message, length delimited. Does not implicitly {@link irqscale.Think.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.Think
         * @static
         * @param {irqscale.Think.$Properties} message Think message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Think.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Think message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.Think
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.Think & irqscale.Think.$Shape} Think
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Think.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.Think();
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
                            message.conn = value;
                        else
                            delete message.conn;
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
         * Decodes a Think message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.Think
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.Think & irqscale.Think.$Shape} Think
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Think.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Think message.
         * @function verify
         * @memberof irqscale.Think
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Think.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.conn != null && $Object.hasOwnProperty.call(message, "conn"))
                if (!$util.isInteger(message.conn))
                    return "conn: integer expected";
            return null;
        };

        /**
         * Creates a Think message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.Think
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.Think} Think
         */
        Think.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.Think)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.Think: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.Think();
            if (object.conn != null)
                if ($Number(object.conn) !== 0)
                    message.conn = object.conn >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a Think message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.Think
         * @static
         * @param {irqscale.Think} message Think
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Think.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.conn = 0;
            if (message.conn != null && $Object.hasOwnProperty.call(message, "conn"))
                object.conn = message.conn;
            return object;
        };

        /**
         * Converts this Think to JSON.
         * @function toJSON
         * @memberof irqscale.Think
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Think.prototype.toJSON = function() {
            return Think.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Think
         * @function getTypeUrl
         * @memberof irqscale.Think
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Think.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.Think";
        };

        return Think;
    })();

    irqscale.SegDone = (function() {

        /**
         * Properties of a SegDone.
         * @typedef {Object} irqscale.SegDone.$Properties
         * @property {number|null} [epoch] SegDone epoch
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SegDone.
         * @memberof irqscale
         * @interface ISegDone
         * @augments irqscale.SegDone.$Properties
         * @deprecated Use irqscale.SegDone.$Properties instead.
         */

        /**
         * Shape of a SegDone.
         * @typedef {irqscale.SegDone.$Properties} irqscale.SegDone.$Shape
         */

        /**
         * Constructs a new SegDone.
         * @memberof irqscale
         * @classdesc Represents a SegDone.
         * @constructor
         * @param {irqscale.SegDone.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SegDone = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SegDone epoch.
         * @member {number} epoch
         * @memberof irqscale.SegDone
         * @instance
         */
        SegDone.prototype.epoch = 0;

        /**
         * Creates a new SegDone instance using the specified properties.
         * @function create
         * @memberof irqscale.SegDone
         * @static
         * @param {irqscale.SegDone.$Properties=} [properties] Properties to set
         * @returns {irqscale.SegDone} SegDone instance
         * @type {{
         *   (properties: irqscale.SegDone.$Shape): irqscale.SegDone & irqscale.SegDone.$Shape;
         *   (properties?: irqscale.SegDone.$Properties): irqscale.SegDone;
         * }}
         */
        SegDone.create = function(properties) {
            return new SegDone(properties);
        };

        /**
         * Encodes the specified SegDone message. Does not implicitly {@link irqscale.SegDone.verify|verify} messages.
         * @function encode
         * @memberof irqscale.SegDone
         * @static
         * @param {irqscale.SegDone.$Properties} message SegDone message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SegDone.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.epoch);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified SegDone message, length delimited. Does not implicitly {@link irqscale.SegDone.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.SegDone
         * @static
         * @param {irqscale.SegDone.$Properties} message SegDone message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SegDone.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SegDone message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.SegDone
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.SegDone & irqscale.SegDone.$Shape} SegDone
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SegDone.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.SegDone();
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
                            message.epoch = value;
                        else
                            delete message.epoch;
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
         * Decodes a SegDone message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.SegDone
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.SegDone & irqscale.SegDone.$Shape} SegDone
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SegDone.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SegDone message.
         * @function verify
         * @memberof irqscale.SegDone
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SegDone.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                if (!$util.isInteger(message.epoch))
                    return "epoch: integer expected";
            return null;
        };

        /**
         * Creates a SegDone message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.SegDone
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.SegDone} SegDone
         */
        SegDone.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.SegDone)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.SegDone: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.SegDone();
            if (object.epoch != null)
                if ($Number(object.epoch) !== 0)
                    message.epoch = object.epoch >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a SegDone message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.SegDone
         * @static
         * @param {irqscale.SegDone} message SegDone
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SegDone.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.epoch = 0;
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                object.epoch = message.epoch;
            return object;
        };

        /**
         * Converts this SegDone to JSON.
         * @function toJSON
         * @memberof irqscale.SegDone
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SegDone.prototype.toJSON = function() {
            return SegDone.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SegDone
         * @function getTypeUrl
         * @memberof irqscale.SegDone
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SegDone.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.SegDone";
        };

        return SegDone;
    })();

    irqscale.HandBack = (function() {

        /**
         * Properties of a HandBack.
         * @typedef {Object} irqscale.HandBack.$Properties
         * @property {number|null} [epoch] HandBack epoch
         * @property {number|null} [steps] HandBack steps
         * @property {number|null} [ns] HandBack ns
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a HandBack.
         * @memberof irqscale
         * @interface IHandBack
         * @augments irqscale.HandBack.$Properties
         * @deprecated Use irqscale.HandBack.$Properties instead.
         */

        /**
         * Shape of a HandBack.
         * @typedef {irqscale.HandBack.$Properties} irqscale.HandBack.$Shape
         */

        /**
         * Constructs a new HandBack.
         * @memberof irqscale
         * @classdesc Represents a HandBack.
         * @constructor
         * @param {irqscale.HandBack.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const HandBack = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * HandBack epoch.
         * @member {number} epoch
         * @memberof irqscale.HandBack
         * @instance
         */
        HandBack.prototype.epoch = 0;

        /**
         * HandBack steps.
         * @member {number} steps
         * @memberof irqscale.HandBack
         * @instance
         */
        HandBack.prototype.steps = 0;

        /**
         * HandBack ns.
         * @member {number} ns
         * @memberof irqscale.HandBack
         * @instance
         */
        HandBack.prototype.ns = 0;

        /**
         * Creates a new HandBack instance using the specified properties.
         * @function create
         * @memberof irqscale.HandBack
         * @static
         * @param {irqscale.HandBack.$Properties=} [properties] Properties to set
         * @returns {irqscale.HandBack} HandBack instance
         * @type {{
         *   (properties: irqscale.HandBack.$Shape): irqscale.HandBack & irqscale.HandBack.$Shape;
         *   (properties?: irqscale.HandBack.$Properties): irqscale.HandBack;
         * }}
         */
        HandBack.create = function(properties) {
            return new HandBack(properties);
        };

        /**
         * Encodes the specified HandBack message. Does not implicitly {@link irqscale.HandBack.verify|verify} messages.
         * @function encode
         * @memberof irqscale.HandBack
         * @static
         * @param {irqscale.HandBack.$Properties} message HandBack message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HandBack.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.epoch);
            if (message.steps != null && $Object.hasOwnProperty.call(message, "steps") && message.steps !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.steps);
            if (message.ns != null && $Object.hasOwnProperty.call(message, "ns") && !$Object.is(message.ns, 0))
                writer.uint32(/* id 3, wireType 1 =*/25).double(message.ns);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified HandBack message, length delimited. Does not implicitly {@link irqscale.HandBack.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.HandBack
         * @static
         * @param {irqscale.HandBack.$Properties} message HandBack message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HandBack.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a HandBack message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.HandBack
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.HandBack & irqscale.HandBack.$Shape} HandBack
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HandBack.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.HandBack();
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
                            message.epoch = value;
                        else
                            delete message.epoch;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.steps = value;
                        else
                            delete message.steps;
                        continue;
                    }
                case 3: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.ns = value;
                        else
                            delete message.ns;
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
         * Decodes a HandBack message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.HandBack
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.HandBack & irqscale.HandBack.$Shape} HandBack
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HandBack.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a HandBack message.
         * @function verify
         * @memberof irqscale.HandBack
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        HandBack.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                if (!$util.isInteger(message.epoch))
                    return "epoch: integer expected";
            if (message.steps != null && $Object.hasOwnProperty.call(message, "steps"))
                if (!$util.isInteger(message.steps))
                    return "steps: integer expected";
            if (message.ns != null && $Object.hasOwnProperty.call(message, "ns"))
                if (typeof message.ns !== "number")
                    return "ns: number expected";
            return null;
        };

        /**
         * Creates a HandBack message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.HandBack
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.HandBack} HandBack
         */
        HandBack.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.HandBack)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.HandBack: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.HandBack();
            if (object.epoch != null)
                if ($Number(object.epoch) !== 0)
                    message.epoch = object.epoch >>> 0;
            if (object.steps != null)
                if ($Number(object.steps) !== 0)
                    message.steps = object.steps >>> 0;
            if (object.ns != null)
                if (!$Object.is($Number(object.ns), 0))
                    message.ns = $Number(object.ns);
            return message;
        };

        /**
         * Creates a plain object from a HandBack message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.HandBack
         * @static
         * @param {irqscale.HandBack} message HandBack
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        HandBack.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.epoch = 0;
                object.steps = 0;
                object.ns = 0;
            }
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                object.epoch = message.epoch;
            if (message.steps != null && $Object.hasOwnProperty.call(message, "steps"))
                object.steps = message.steps;
            if (message.ns != null && $Object.hasOwnProperty.call(message, "ns"))
                object.ns = options.json && !$isFinite(message.ns) ? $String(message.ns) : message.ns;
            return object;
        };

        /**
         * Converts this HandBack to JSON.
         * @function toJSON
         * @memberof irqscale.HandBack
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        HandBack.prototype.toJSON = function() {
            return HandBack.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for HandBack
         * @function getTypeUrl
         * @memberof irqscale.HandBack
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        HandBack.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.HandBack";
        };

        return HandBack;
    })();

    irqscale.Arrival = (function() {

        /**
         * Properties of an Arrival.
         * @typedef {Object} irqscale.Arrival.$Properties
         * @property {number|null} [n] Arrival n
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Arrival.
         * @memberof irqscale
         * @interface IArrival
         * @augments irqscale.Arrival.$Properties
         * @deprecated Use irqscale.Arrival.$Properties instead.
         */

        /**
         * Shape of an Arrival.
         * @typedef {irqscale.Arrival.$Properties} irqscale.Arrival.$Shape
         */

        /**
         * Constructs a new Arrival.
         * @memberof irqscale
         * @classdesc Represents an Arrival.
         * @constructor
         * @param {irqscale.Arrival.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Arrival = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Arrival n.
         * @member {number} n
         * @memberof irqscale.Arrival
         * @instance
         */
        Arrival.prototype.n = 0;

        /**
         * Creates a new Arrival instance using the specified properties.
         * @function create
         * @memberof irqscale.Arrival
         * @static
         * @param {irqscale.Arrival.$Properties=} [properties] Properties to set
         * @returns {irqscale.Arrival} Arrival instance
         * @type {{
         *   (properties: irqscale.Arrival.$Shape): irqscale.Arrival & irqscale.Arrival.$Shape;
         *   (properties?: irqscale.Arrival.$Properties): irqscale.Arrival;
         * }}
         */
        Arrival.create = function(properties) {
            return new Arrival(properties);
        };

        /**
         * Encodes the specified Arrival message. Does not implicitly {@link irqscale.Arrival.verify|verify} messages.
         * @function encode
         * @memberof irqscale.Arrival
         * @static
         * @param {irqscale.Arrival.$Properties} message Arrival message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Arrival.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.n != null && $Object.hasOwnProperty.call(message, "n") && message.n !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.n);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Arrival message, length delimited. Does not implicitly {@link irqscale.Arrival.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.Arrival
         * @static
         * @param {irqscale.Arrival.$Properties} message Arrival message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Arrival.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an Arrival message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.Arrival
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.Arrival & irqscale.Arrival.$Shape} Arrival
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Arrival.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.Arrival();
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
                            message.n = value;
                        else
                            delete message.n;
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
         * Decodes an Arrival message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.Arrival
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.Arrival & irqscale.Arrival.$Shape} Arrival
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Arrival.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an Arrival message.
         * @function verify
         * @memberof irqscale.Arrival
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Arrival.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.n != null && $Object.hasOwnProperty.call(message, "n"))
                if (!$util.isInteger(message.n))
                    return "n: integer expected";
            return null;
        };

        /**
         * Creates an Arrival message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.Arrival
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.Arrival} Arrival
         */
        Arrival.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.Arrival)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.Arrival: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.Arrival();
            if (object.n != null)
                if ($Number(object.n) !== 0)
                    message.n = object.n >>> 0;
            return message;
        };

        /**
         * Creates a plain object from an Arrival message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.Arrival
         * @static
         * @param {irqscale.Arrival} message Arrival
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Arrival.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.n = 0;
            if (message.n != null && $Object.hasOwnProperty.call(message, "n"))
                object.n = message.n;
            return object;
        };

        /**
         * Converts this Arrival to JSON.
         * @function toJSON
         * @memberof irqscale.Arrival
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Arrival.prototype.toJSON = function() {
            return Arrival.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Arrival
         * @function getTypeUrl
         * @memberof irqscale.Arrival
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Arrival.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.Arrival";
        };

        return Arrival;
    })();

    irqscale.LockGrant = (function() {

        /**
         * Properties of a LockGrant.
         * @typedef {Object} irqscale.LockGrant.$Properties
         * @property {number|null} [lock] LockGrant lock
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LockGrant.
         * @memberof irqscale
         * @interface ILockGrant
         * @augments irqscale.LockGrant.$Properties
         * @deprecated Use irqscale.LockGrant.$Properties instead.
         */

        /**
         * Shape of a LockGrant.
         * @typedef {irqscale.LockGrant.$Properties} irqscale.LockGrant.$Shape
         */

        /**
         * Constructs a new LockGrant.
         * @memberof irqscale
         * @classdesc Represents a LockGrant.
         * @constructor
         * @param {irqscale.LockGrant.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LockGrant = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * LockGrant lock.
         * @member {number} lock
         * @memberof irqscale.LockGrant
         * @instance
         */
        LockGrant.prototype.lock = 0;

        /**
         * Creates a new LockGrant instance using the specified properties.
         * @function create
         * @memberof irqscale.LockGrant
         * @static
         * @param {irqscale.LockGrant.$Properties=} [properties] Properties to set
         * @returns {irqscale.LockGrant} LockGrant instance
         * @type {{
         *   (properties: irqscale.LockGrant.$Shape): irqscale.LockGrant & irqscale.LockGrant.$Shape;
         *   (properties?: irqscale.LockGrant.$Properties): irqscale.LockGrant;
         * }}
         */
        LockGrant.create = function(properties) {
            return new LockGrant(properties);
        };

        /**
         * Encodes the specified LockGrant message. Does not implicitly {@link irqscale.LockGrant.verify|verify} messages.
         * @function encode
         * @memberof irqscale.LockGrant
         * @static
         * @param {irqscale.LockGrant.$Properties} message LockGrant message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LockGrant.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.lock != null && $Object.hasOwnProperty.call(message, "lock") && message.lock !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.lock);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified LockGrant message, length delimited. Does not implicitly {@link irqscale.LockGrant.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.LockGrant
         * @static
         * @param {irqscale.LockGrant.$Properties} message LockGrant message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LockGrant.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a LockGrant message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.LockGrant
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.LockGrant & irqscale.LockGrant.$Shape} LockGrant
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LockGrant.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.LockGrant();
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
                            message.lock = value;
                        else
                            delete message.lock;
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
         * Decodes a LockGrant message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.LockGrant
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.LockGrant & irqscale.LockGrant.$Shape} LockGrant
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LockGrant.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a LockGrant message.
         * @function verify
         * @memberof irqscale.LockGrant
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        LockGrant.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.lock != null && $Object.hasOwnProperty.call(message, "lock"))
                if (!$util.isInteger(message.lock))
                    return "lock: integer expected";
            return null;
        };

        /**
         * Creates a LockGrant message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.LockGrant
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.LockGrant} LockGrant
         */
        LockGrant.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.LockGrant)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.LockGrant: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.LockGrant();
            if (object.lock != null)
                if ($Number(object.lock) !== 0)
                    message.lock = object.lock >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a LockGrant message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.LockGrant
         * @static
         * @param {irqscale.LockGrant} message LockGrant
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        LockGrant.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.lock = 0;
            if (message.lock != null && $Object.hasOwnProperty.call(message, "lock"))
                object.lock = message.lock;
            return object;
        };

        /**
         * Converts this LockGrant to JSON.
         * @function toJSON
         * @memberof irqscale.LockGrant
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        LockGrant.prototype.toJSON = function() {
            return LockGrant.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for LockGrant
         * @function getTypeUrl
         * @memberof irqscale.LockGrant
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        LockGrant.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.LockGrant";
        };

        return LockGrant;
    })();

    irqscale.Step = (function() {

        /**
         * Properties of a Step.
         * @typedef {Object} irqscale.Step.$Properties
         * @property {number|null} [step] Step step
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Step.
         * @memberof irqscale
         * @interface IStep
         * @augments irqscale.Step.$Properties
         * @deprecated Use irqscale.Step.$Properties instead.
         */

        /**
         * Shape of a Step.
         * @typedef {irqscale.Step.$Properties} irqscale.Step.$Shape
         */

        /**
         * Constructs a new Step.
         * @memberof irqscale
         * @classdesc Represents a Step.
         * @constructor
         * @param {irqscale.Step.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Step = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Step step.
         * @member {number} step
         * @memberof irqscale.Step
         * @instance
         */
        Step.prototype.step = 0;

        /**
         * Creates a new Step instance using the specified properties.
         * @function create
         * @memberof irqscale.Step
         * @static
         * @param {irqscale.Step.$Properties=} [properties] Properties to set
         * @returns {irqscale.Step} Step instance
         * @type {{
         *   (properties: irqscale.Step.$Shape): irqscale.Step & irqscale.Step.$Shape;
         *   (properties?: irqscale.Step.$Properties): irqscale.Step;
         * }}
         */
        Step.create = function(properties) {
            return new Step(properties);
        };

        /**
         * Encodes the specified Step message. Does not implicitly {@link irqscale.Step.verify|verify} messages.
         * @function encode
         * @memberof irqscale.Step
         * @static
         * @param {irqscale.Step.$Properties} message Step message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Step.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.step != null && $Object.hasOwnProperty.call(message, "step") && message.step !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.step);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Step message, length delimited. Does not implicitly {@link irqscale.Step.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.Step
         * @static
         * @param {irqscale.Step.$Properties} message Step message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Step.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Step message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.Step
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.Step & irqscale.Step.$Shape} Step
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Step.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.Step();
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
                            message.step = value;
                        else
                            delete message.step;
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
         * Decodes a Step message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.Step
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.Step & irqscale.Step.$Shape} Step
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Step.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Step message.
         * @function verify
         * @memberof irqscale.Step
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Step.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                if (!$util.isInteger(message.step))
                    return "step: integer expected";
            return null;
        };

        /**
         * Creates a Step message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.Step
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.Step} Step
         */
        Step.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.Step)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.Step: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.Step();
            if (object.step != null)
                if ($Number(object.step) !== 0)
                    message.step = object.step >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a Step message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.Step
         * @static
         * @param {irqscale.Step} message Step
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Step.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.step = 0;
            if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                object.step = message.step;
            return object;
        };

        /**
         * Converts this Step to JSON.
         * @function toJSON
         * @memberof irqscale.Step
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Step.prototype.toJSON = function() {
            return Step.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Step
         * @function getTypeUrl
         * @memberof irqscale.Step
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Step.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.Step";
        };

        return Step;
    })();

    irqscale.StealEnd = (function() {

        /**
         * Properties of a StealEnd.
         * @typedef {Object} irqscale.StealEnd.$Properties
         * @property {number|null} [epoch] StealEnd epoch
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StealEnd.
         * @memberof irqscale
         * @interface IStealEnd
         * @augments irqscale.StealEnd.$Properties
         * @deprecated Use irqscale.StealEnd.$Properties instead.
         */

        /**
         * Shape of a StealEnd.
         * @typedef {irqscale.StealEnd.$Properties} irqscale.StealEnd.$Shape
         */

        /**
         * Constructs a new StealEnd.
         * @memberof irqscale
         * @classdesc Represents a StealEnd.
         * @constructor
         * @param {irqscale.StealEnd.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StealEnd = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * StealEnd epoch.
         * @member {number} epoch
         * @memberof irqscale.StealEnd
         * @instance
         */
        StealEnd.prototype.epoch = 0;

        /**
         * Creates a new StealEnd instance using the specified properties.
         * @function create
         * @memberof irqscale.StealEnd
         * @static
         * @param {irqscale.StealEnd.$Properties=} [properties] Properties to set
         * @returns {irqscale.StealEnd} StealEnd instance
         * @type {{
         *   (properties: irqscale.StealEnd.$Shape): irqscale.StealEnd & irqscale.StealEnd.$Shape;
         *   (properties?: irqscale.StealEnd.$Properties): irqscale.StealEnd;
         * }}
         */
        StealEnd.create = function(properties) {
            return new StealEnd(properties);
        };

        /**
         * Encodes the specified StealEnd message. Does not implicitly {@link irqscale.StealEnd.verify|verify} messages.
         * @function encode
         * @memberof irqscale.StealEnd
         * @static
         * @param {irqscale.StealEnd.$Properties} message StealEnd message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StealEnd.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.epoch);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified StealEnd message, length delimited. Does not implicitly {@link irqscale.StealEnd.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.StealEnd
         * @static
         * @param {irqscale.StealEnd.$Properties} message StealEnd message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StealEnd.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a StealEnd message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.StealEnd
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.StealEnd & irqscale.StealEnd.$Shape} StealEnd
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StealEnd.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.StealEnd();
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
                            message.epoch = value;
                        else
                            delete message.epoch;
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
         * Decodes a StealEnd message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.StealEnd
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.StealEnd & irqscale.StealEnd.$Shape} StealEnd
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StealEnd.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a StealEnd message.
         * @function verify
         * @memberof irqscale.StealEnd
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        StealEnd.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                if (!$util.isInteger(message.epoch))
                    return "epoch: integer expected";
            return null;
        };

        /**
         * Creates a StealEnd message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.StealEnd
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.StealEnd} StealEnd
         */
        StealEnd.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.StealEnd)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.StealEnd: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.StealEnd();
            if (object.epoch != null)
                if ($Number(object.epoch) !== 0)
                    message.epoch = object.epoch >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a StealEnd message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.StealEnd
         * @static
         * @param {irqscale.StealEnd} message StealEnd
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StealEnd.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.epoch = 0;
            if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                object.epoch = message.epoch;
            return object;
        };

        /**
         * Converts this StealEnd to JSON.
         * @function toJSON
         * @memberof irqscale.StealEnd
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StealEnd.prototype.toJSON = function() {
            return StealEnd.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for StealEnd
         * @function getTypeUrl
         * @memberof irqscale.StealEnd
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        StealEnd.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.StealEnd";
        };

        return StealEnd;
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
         * @property {irqscale.Pkts.$Properties|null} [pkts] Envelope pkts
         * @property {irqscale.CpuReq.$Properties|null} [cpuReq] Envelope cpuReq
         * @property {irqscale.CpuDone.$Properties|null} [cpuDone] Envelope cpuDone
         * @property {irqscale.Kick.$Properties|null} [kick] Envelope kick
         * @property {irqscale.IrqLine.$Properties|null} [irqLine] Envelope irqLine
         * @property {irqscale.Msi.$Properties|null} [msi] Envelope msi
         * @property {irqscale.Virq.$Properties|null} [virq] Envelope virq
         * @property {irqscale.Vkick.$Properties|null} [vkick] Envelope vkick
         * @property {irqscale.Steal.$Properties|null} [steal] Envelope steal
         * @property {irqscale.Dropped.$Properties|null} [dropped] Envelope dropped
         * @property {irqscale.Think.$Properties|null} [think] Envelope think
         * @property {irqscale.SegDone.$Properties|null} [segDone] Envelope segDone
         * @property {irqscale.Arrival.$Properties|null} [arrival] Envelope arrival
         * @property {irqscale.Pkts.$Properties|null} [xmit] Envelope xmit
         * @property {irqscale.LockGrant.$Properties|null} [lockGrant] Envelope lockGrant
         * @property {irqscale.Step.$Properties|null} [step] Envelope step
         * @property {irqscale.StealEnd.$Properties|null} [stealEnd] Envelope stealEnd
         * @property {irqscale.HandBack.$Properties|null} [handBack] Envelope handBack
         * @property {"phold"|"pkts"|"cpuReq"|"cpuDone"|"kick"|"irqLine"|"msi"|"virq"|"vkick"|"steal"|"dropped"|"think"|"segDone"|"arrival"|"xmit"|"lockGrant"|"step"|"stealEnd"|"handBack"} [payload] Envelope payload
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
         *   pkts?: irqscale.Pkts.$Shape|null;
         *   cpuReq?: irqscale.CpuReq.$Shape|null;
         *   cpuDone?: irqscale.CpuDone.$Shape|null;
         *   kick?: irqscale.Kick.$Shape|null;
         *   irqLine?: irqscale.IrqLine.$Shape|null;
         *   msi?: irqscale.Msi.$Shape|null;
         *   virq?: irqscale.Virq.$Shape|null;
         *   vkick?: irqscale.Vkick.$Shape|null;
         *   steal?: irqscale.Steal.$Shape|null;
         *   dropped?: irqscale.Dropped.$Shape|null;
         *   think?: irqscale.Think.$Shape|null;
         *   segDone?: irqscale.SegDone.$Shape|null;
         *   arrival?: irqscale.Arrival.$Shape|null;
         *   xmit?: irqscale.Pkts.$Shape|null;
         *   lockGrant?: irqscale.LockGrant.$Shape|null;
         *   step?: irqscale.Step.$Shape|null;
         *   stealEnd?: irqscale.StealEnd.$Shape|null;
         *   handBack?: irqscale.HandBack.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ payload?: undefined; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "phold"; phold: irqscale.PholdMsg.$Shape; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "pkts"; phold?: null; pkts: irqscale.Pkts.$Shape; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "cpuReq"; phold?: null; pkts?: null; cpuReq: irqscale.CpuReq.$Shape; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "cpuDone"; phold?: null; pkts?: null; cpuReq?: null; cpuDone: irqscale.CpuDone.$Shape; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "kick"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick: irqscale.Kick.$Shape; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "irqLine"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine: irqscale.IrqLine.$Shape; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "msi"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi: irqscale.Msi.$Shape; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "virq"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq: irqscale.Virq.$Shape; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "vkick"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick: irqscale.Vkick.$Shape; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "steal"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal: irqscale.Steal.$Shape; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "dropped"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped: irqscale.Dropped.$Shape; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "think"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think: irqscale.Think.$Shape; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "segDone"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone: irqscale.SegDone.$Shape; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "arrival"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival: irqscale.Arrival.$Shape; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "xmit"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit: irqscale.Pkts.$Shape; lockGrant?: null; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "lockGrant"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant: irqscale.LockGrant.$Shape; step?: null; stealEnd?: null; handBack?: null }|{ payload?: "step"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step: irqscale.Step.$Shape; stealEnd?: null; handBack?: null }|{ payload?: "stealEnd"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd: irqscale.StealEnd.$Shape; handBack?: null }|{ payload?: "handBack"; phold?: null; pkts?: null; cpuReq?: null; cpuDone?: null; kick?: null; irqLine?: null; msi?: null; virq?: null; vkick?: null; steal?: null; dropped?: null; think?: null; segDone?: null; arrival?: null; xmit?: null; lockGrant?: null; step?: null; stealEnd?: null; handBack: irqscale.HandBack.$Shape })
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

        /**
         * Envelope pkts.
         * @member {irqscale.Pkts.$Properties|null|undefined} pkts
         * @memberof irqscale.Envelope
         * @instance
         */
        Envelope.prototype.pkts = null;

        /**
         * Envelope cpuReq.
         * @member {irqscale.CpuReq.$Properties|null|undefined} cpuReq
         * @memberof irqscale.Envelope
         * @instance
         */
        Envelope.prototype.cpuReq = null;

        /**
         * Envelope cpuDone.
         * @member {irqscale.CpuDone.$Properties|null|undefined} cpuDone
         * @memberof irqscale.Envelope
         * @instance
         */
        Envelope.prototype.cpuDone = null;

        /**
         * Envelope kick.
         * @member {irqscale.Kick.$Properties|null|undefined} kick
         * @memberof irqscale.Envelope
         * @instance
         */
        Envelope.prototype.kick = null;

        /**
         * Envelope irqLine.
         * @member {irqscale.IrqLine.$Properties|null|undefined} irqLine
         * @memberof irqscale.Envelope
         * @instance
         */
        Envelope.prototype.irqLine = null;

        /**
         * Envelope msi.
         * @member {irqscale.Msi.$Properties|null|undefined} msi
         * @memberof irqscale.Envelope
         * @instance
         */
        Envelope.prototype.msi = null;

        /**
         * Envelope virq.
         * @member {irqscale.Virq.$Properties|null|undefined} virq
         * @memberof irqscale.Envelope
         * @instance
         */
        Envelope.prototype.virq = null;

        /**
         * Envelope vkick.
         * @member {irqscale.Vkick.$Properties|null|undefined} vkick
         * @memberof irqscale.Envelope
         * @instance
         */
        Envelope.prototype.vkick = null;

        /**
         * Envelope steal.
         * @member {irqscale.Steal.$Properties|null|undefined} steal
         * @memberof irqscale.Envelope
         * @instance
         */
        Envelope.prototype.steal = null;

        /**
         * Envelope dropped.
         * @member {irqscale.Dropped.$Properties|null|undefined} dropped
         * @memberof irqscale.Envelope
         * @instance
         */
        Envelope.prototype.dropped = null;

        /**
         * Envelope think.
         * @member {irqscale.Think.$Properties|null|undefined} think
         * @memberof irqscale.Envelope
         * @instance
         */
        Envelope.prototype.think = null;

        /**
         * Envelope segDone.
         * @member {irqscale.SegDone.$Properties|null|undefined} segDone
         * @memberof irqscale.Envelope
         * @instance
         */
        Envelope.prototype.segDone = null;

        /**
         * Envelope arrival.
         * @member {irqscale.Arrival.$Properties|null|undefined} arrival
         * @memberof irqscale.Envelope
         * @instance
         */
        Envelope.prototype.arrival = null;

        /**
         * Envelope xmit.
         * @member {irqscale.Pkts.$Properties|null|undefined} xmit
         * @memberof irqscale.Envelope
         * @instance
         */
        Envelope.prototype.xmit = null;

        /**
         * Envelope lockGrant.
         * @member {irqscale.LockGrant.$Properties|null|undefined} lockGrant
         * @memberof irqscale.Envelope
         * @instance
         */
        Envelope.prototype.lockGrant = null;

        /**
         * Envelope step.
         * @member {irqscale.Step.$Properties|null|undefined} step
         * @memberof irqscale.Envelope
         * @instance
         */
        Envelope.prototype.step = null;

        /**
         * Envelope stealEnd.
         * @member {irqscale.StealEnd.$Properties|null|undefined} stealEnd
         * @memberof irqscale.Envelope
         * @instance
         */
        Envelope.prototype.stealEnd = null;

        /**
         * Envelope handBack.
         * @member {irqscale.HandBack.$Properties|null|undefined} handBack
         * @memberof irqscale.Envelope
         * @instance
         */
        Envelope.prototype.handBack = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * Envelope payload.
         * @member {"phold"|"pkts"|"cpuReq"|"cpuDone"|"kick"|"irqLine"|"msi"|"virq"|"vkick"|"steal"|"dropped"|"think"|"segDone"|"arrival"|"xmit"|"lockGrant"|"step"|"stealEnd"|"handBack"|undefined} payload
         * @memberof irqscale.Envelope
         * @instance
         */
        $Object.defineProperty(Envelope.prototype, "payload", {
            get: $util.oneOfGetter($oneOfFields = ["phold", "pkts", "cpuReq", "cpuDone", "kick", "irqLine", "msi", "virq", "vkick", "steal", "dropped", "think", "segDone", "arrival", "xmit", "lockGrant", "step", "stealEnd", "handBack"]),
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
            if (message.pkts != null && $Object.hasOwnProperty.call(message, "pkts"))
                $root.irqscale.Pkts.encode(message.pkts, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
            if (message.cpuReq != null && $Object.hasOwnProperty.call(message, "cpuReq"))
                $root.irqscale.CpuReq.encode(message.cpuReq, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
            if (message.cpuDone != null && $Object.hasOwnProperty.call(message, "cpuDone"))
                $root.irqscale.CpuDone.encode(message.cpuDone, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
            if (message.kick != null && $Object.hasOwnProperty.call(message, "kick"))
                $root.irqscale.Kick.encode(message.kick, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
            if (message.irqLine != null && $Object.hasOwnProperty.call(message, "irqLine"))
                $root.irqscale.IrqLine.encode(message.irqLine, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
            if (message.msi != null && $Object.hasOwnProperty.call(message, "msi"))
                $root.irqscale.Msi.encode(message.msi, writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
            if (message.virq != null && $Object.hasOwnProperty.call(message, "virq"))
                $root.irqscale.Virq.encode(message.virq, writer.uint32(/* id 26, wireType 2 =*/210).fork(), _depth + 1).ldelim();
            if (message.vkick != null && $Object.hasOwnProperty.call(message, "vkick"))
                $root.irqscale.Vkick.encode(message.vkick, writer.uint32(/* id 27, wireType 2 =*/218).fork(), _depth + 1).ldelim();
            if (message.steal != null && $Object.hasOwnProperty.call(message, "steal"))
                $root.irqscale.Steal.encode(message.steal, writer.uint32(/* id 28, wireType 2 =*/226).fork(), _depth + 1).ldelim();
            if (message.dropped != null && $Object.hasOwnProperty.call(message, "dropped"))
                $root.irqscale.Dropped.encode(message.dropped, writer.uint32(/* id 29, wireType 2 =*/234).fork(), _depth + 1).ldelim();
            if (message.think != null && $Object.hasOwnProperty.call(message, "think"))
                $root.irqscale.Think.encode(message.think, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
            if (message.segDone != null && $Object.hasOwnProperty.call(message, "segDone"))
                $root.irqscale.SegDone.encode(message.segDone, writer.uint32(/* id 31, wireType 2 =*/250).fork(), _depth + 1).ldelim();
            if (message.arrival != null && $Object.hasOwnProperty.call(message, "arrival"))
                $root.irqscale.Arrival.encode(message.arrival, writer.uint32(/* id 32, wireType 2 =*/258).fork(), _depth + 1).ldelim();
            if (message.xmit != null && $Object.hasOwnProperty.call(message, "xmit"))
                $root.irqscale.Pkts.encode(message.xmit, writer.uint32(/* id 33, wireType 2 =*/266).fork(), _depth + 1).ldelim();
            if (message.lockGrant != null && $Object.hasOwnProperty.call(message, "lockGrant"))
                $root.irqscale.LockGrant.encode(message.lockGrant, writer.uint32(/* id 34, wireType 2 =*/274).fork(), _depth + 1).ldelim();
            if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                $root.irqscale.Step.encode(message.step, writer.uint32(/* id 35, wireType 2 =*/282).fork(), _depth + 1).ldelim();
            if (message.stealEnd != null && $Object.hasOwnProperty.call(message, "stealEnd"))
                $root.irqscale.StealEnd.encode(message.stealEnd, writer.uint32(/* id 36, wireType 2 =*/290).fork(), _depth + 1).ldelim();
            if (message.handBack != null && $Object.hasOwnProperty.call(message, "handBack"))
                $root.irqscale.HandBack.encode(message.handBack, writer.uint32(/* id 37, wireType 2 =*/298).fork(), _depth + 1).ldelim();
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
                case 20: {
                        if (wireType !== 2)
                            break;
                        message.pkts = $root.irqscale.Pkts.decode(reader, reader.size(), $undefined, _depth + 1, message.pkts);
                        message.payload = "pkts";
                        continue;
                    }
                case 21: {
                        if (wireType !== 2)
                            break;
                        message.cpuReq = $root.irqscale.CpuReq.decode(reader, reader.size(), $undefined, _depth + 1, message.cpuReq);
                        message.payload = "cpuReq";
                        continue;
                    }
                case 22: {
                        if (wireType !== 2)
                            break;
                        message.cpuDone = $root.irqscale.CpuDone.decode(reader, reader.size(), $undefined, _depth + 1, message.cpuDone);
                        message.payload = "cpuDone";
                        continue;
                    }
                case 23: {
                        if (wireType !== 2)
                            break;
                        message.kick = $root.irqscale.Kick.decode(reader, reader.size(), $undefined, _depth + 1, message.kick);
                        message.payload = "kick";
                        continue;
                    }
                case 24: {
                        if (wireType !== 2)
                            break;
                        message.irqLine = $root.irqscale.IrqLine.decode(reader, reader.size(), $undefined, _depth + 1, message.irqLine);
                        message.payload = "irqLine";
                        continue;
                    }
                case 25: {
                        if (wireType !== 2)
                            break;
                        message.msi = $root.irqscale.Msi.decode(reader, reader.size(), $undefined, _depth + 1, message.msi);
                        message.payload = "msi";
                        continue;
                    }
                case 26: {
                        if (wireType !== 2)
                            break;
                        message.virq = $root.irqscale.Virq.decode(reader, reader.size(), $undefined, _depth + 1, message.virq);
                        message.payload = "virq";
                        continue;
                    }
                case 27: {
                        if (wireType !== 2)
                            break;
                        message.vkick = $root.irqscale.Vkick.decode(reader, reader.size(), $undefined, _depth + 1, message.vkick);
                        message.payload = "vkick";
                        continue;
                    }
                case 28: {
                        if (wireType !== 2)
                            break;
                        message.steal = $root.irqscale.Steal.decode(reader, reader.size(), $undefined, _depth + 1, message.steal);
                        message.payload = "steal";
                        continue;
                    }
                case 29: {
                        if (wireType !== 2)
                            break;
                        message.dropped = $root.irqscale.Dropped.decode(reader, reader.size(), $undefined, _depth + 1, message.dropped);
                        message.payload = "dropped";
                        continue;
                    }
                case 30: {
                        if (wireType !== 2)
                            break;
                        message.think = $root.irqscale.Think.decode(reader, reader.size(), $undefined, _depth + 1, message.think);
                        message.payload = "think";
                        continue;
                    }
                case 31: {
                        if (wireType !== 2)
                            break;
                        message.segDone = $root.irqscale.SegDone.decode(reader, reader.size(), $undefined, _depth + 1, message.segDone);
                        message.payload = "segDone";
                        continue;
                    }
                case 32: {
                        if (wireType !== 2)
                            break;
                        message.arrival = $root.irqscale.Arrival.decode(reader, reader.size(), $undefined, _depth + 1, message.arrival);
                        message.payload = "arrival";
                        continue;
                    }
                case 33: {
                        if (wireType !== 2)
                            break;
                        message.xmit = $root.irqscale.Pkts.decode(reader, reader.size(), $undefined, _depth + 1, message.xmit);
                        message.payload = "xmit";
                        continue;
                    }
                case 34: {
                        if (wireType !== 2)
                            break;
                        message.lockGrant = $root.irqscale.LockGrant.decode(reader, reader.size(), $undefined, _depth + 1, message.lockGrant);
                        message.payload = "lockGrant";
                        continue;
                    }
                case 35: {
                        if (wireType !== 2)
                            break;
                        message.step = $root.irqscale.Step.decode(reader, reader.size(), $undefined, _depth + 1, message.step);
                        message.payload = "step";
                        continue;
                    }
                case 36: {
                        if (wireType !== 2)
                            break;
                        message.stealEnd = $root.irqscale.StealEnd.decode(reader, reader.size(), $undefined, _depth + 1, message.stealEnd);
                        message.payload = "stealEnd";
                        continue;
                    }
                case 37: {
                        if (wireType !== 2)
                            break;
                        message.handBack = $root.irqscale.HandBack.decode(reader, reader.size(), $undefined, _depth + 1, message.handBack);
                        message.payload = "handBack";
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
            if (message.pkts != null && $Object.hasOwnProperty.call(message, "pkts")) {
                if (properties.payload === 1)
                    return "payload: multiple values";
                properties.payload = 1;
                {
                    let error = $root.irqscale.Pkts.verify(message.pkts, _depth + 1);
                    if (error)
                        return "pkts." + error;
                }
            }
            if (message.cpuReq != null && $Object.hasOwnProperty.call(message, "cpuReq")) {
                if (properties.payload === 1)
                    return "payload: multiple values";
                properties.payload = 1;
                {
                    let error = $root.irqscale.CpuReq.verify(message.cpuReq, _depth + 1);
                    if (error)
                        return "cpuReq." + error;
                }
            }
            if (message.cpuDone != null && $Object.hasOwnProperty.call(message, "cpuDone")) {
                if (properties.payload === 1)
                    return "payload: multiple values";
                properties.payload = 1;
                {
                    let error = $root.irqscale.CpuDone.verify(message.cpuDone, _depth + 1);
                    if (error)
                        return "cpuDone." + error;
                }
            }
            if (message.kick != null && $Object.hasOwnProperty.call(message, "kick")) {
                if (properties.payload === 1)
                    return "payload: multiple values";
                properties.payload = 1;
                {
                    let error = $root.irqscale.Kick.verify(message.kick, _depth + 1);
                    if (error)
                        return "kick." + error;
                }
            }
            if (message.irqLine != null && $Object.hasOwnProperty.call(message, "irqLine")) {
                if (properties.payload === 1)
                    return "payload: multiple values";
                properties.payload = 1;
                {
                    let error = $root.irqscale.IrqLine.verify(message.irqLine, _depth + 1);
                    if (error)
                        return "irqLine." + error;
                }
            }
            if (message.msi != null && $Object.hasOwnProperty.call(message, "msi")) {
                if (properties.payload === 1)
                    return "payload: multiple values";
                properties.payload = 1;
                {
                    let error = $root.irqscale.Msi.verify(message.msi, _depth + 1);
                    if (error)
                        return "msi." + error;
                }
            }
            if (message.virq != null && $Object.hasOwnProperty.call(message, "virq")) {
                if (properties.payload === 1)
                    return "payload: multiple values";
                properties.payload = 1;
                {
                    let error = $root.irqscale.Virq.verify(message.virq, _depth + 1);
                    if (error)
                        return "virq." + error;
                }
            }
            if (message.vkick != null && $Object.hasOwnProperty.call(message, "vkick")) {
                if (properties.payload === 1)
                    return "payload: multiple values";
                properties.payload = 1;
                {
                    let error = $root.irqscale.Vkick.verify(message.vkick, _depth + 1);
                    if (error)
                        return "vkick." + error;
                }
            }
            if (message.steal != null && $Object.hasOwnProperty.call(message, "steal")) {
                if (properties.payload === 1)
                    return "payload: multiple values";
                properties.payload = 1;
                {
                    let error = $root.irqscale.Steal.verify(message.steal, _depth + 1);
                    if (error)
                        return "steal." + error;
                }
            }
            if (message.dropped != null && $Object.hasOwnProperty.call(message, "dropped")) {
                if (properties.payload === 1)
                    return "payload: multiple values";
                properties.payload = 1;
                {
                    let error = $root.irqscale.Dropped.verify(message.dropped, _depth + 1);
                    if (error)
                        return "dropped." + error;
                }
            }
            if (message.think != null && $Object.hasOwnProperty.call(message, "think")) {
                if (properties.payload === 1)
                    return "payload: multiple values";
                properties.payload = 1;
                {
                    let error = $root.irqscale.Think.verify(message.think, _depth + 1);
                    if (error)
                        return "think." + error;
                }
            }
            if (message.segDone != null && $Object.hasOwnProperty.call(message, "segDone")) {
                if (properties.payload === 1)
                    return "payload: multiple values";
                properties.payload = 1;
                {
                    let error = $root.irqscale.SegDone.verify(message.segDone, _depth + 1);
                    if (error)
                        return "segDone." + error;
                }
            }
            if (message.arrival != null && $Object.hasOwnProperty.call(message, "arrival")) {
                if (properties.payload === 1)
                    return "payload: multiple values";
                properties.payload = 1;
                {
                    let error = $root.irqscale.Arrival.verify(message.arrival, _depth + 1);
                    if (error)
                        return "arrival." + error;
                }
            }
            if (message.xmit != null && $Object.hasOwnProperty.call(message, "xmit")) {
                if (properties.payload === 1)
                    return "payload: multiple values";
                properties.payload = 1;
                {
                    let error = $root.irqscale.Pkts.verify(message.xmit, _depth + 1);
                    if (error)
                        return "xmit." + error;
                }
            }
            if (message.lockGrant != null && $Object.hasOwnProperty.call(message, "lockGrant")) {
                if (properties.payload === 1)
                    return "payload: multiple values";
                properties.payload = 1;
                {
                    let error = $root.irqscale.LockGrant.verify(message.lockGrant, _depth + 1);
                    if (error)
                        return "lockGrant." + error;
                }
            }
            if (message.step != null && $Object.hasOwnProperty.call(message, "step")) {
                if (properties.payload === 1)
                    return "payload: multiple values";
                properties.payload = 1;
                {
                    let error = $root.irqscale.Step.verify(message.step, _depth + 1);
                    if (error)
                        return "step." + error;
                }
            }
            if (message.stealEnd != null && $Object.hasOwnProperty.call(message, "stealEnd")) {
                if (properties.payload === 1)
                    return "payload: multiple values";
                properties.payload = 1;
                {
                    let error = $root.irqscale.StealEnd.verify(message.stealEnd, _depth + 1);
                    if (error)
                        return "stealEnd." + error;
                }
            }
            if (message.handBack != null && $Object.hasOwnProperty.call(message, "handBack")) {
                if (properties.payload === 1)
                    return "payload: multiple values";
                properties.payload = 1;
                {
                    let error = $root.irqscale.HandBack.verify(message.handBack, _depth + 1);
                    if (error)
                        return "handBack." + error;
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
            if (object.pkts != null) {
                if (!$util.isObject(object.pkts))
                    throw $TypeError(".irqscale.Envelope.pkts: object expected");
                message.pkts = $root.irqscale.Pkts.fromObject(object.pkts, _depth + 1);
            }
            if (object.cpuReq != null) {
                if (!$util.isObject(object.cpuReq))
                    throw $TypeError(".irqscale.Envelope.cpuReq: object expected");
                message.cpuReq = $root.irqscale.CpuReq.fromObject(object.cpuReq, _depth + 1);
            }
            if (object.cpuDone != null) {
                if (!$util.isObject(object.cpuDone))
                    throw $TypeError(".irqscale.Envelope.cpuDone: object expected");
                message.cpuDone = $root.irqscale.CpuDone.fromObject(object.cpuDone, _depth + 1);
            }
            if (object.kick != null) {
                if (!$util.isObject(object.kick))
                    throw $TypeError(".irqscale.Envelope.kick: object expected");
                message.kick = $root.irqscale.Kick.fromObject(object.kick, _depth + 1);
            }
            if (object.irqLine != null) {
                if (!$util.isObject(object.irqLine))
                    throw $TypeError(".irqscale.Envelope.irqLine: object expected");
                message.irqLine = $root.irqscale.IrqLine.fromObject(object.irqLine, _depth + 1);
            }
            if (object.msi != null) {
                if (!$util.isObject(object.msi))
                    throw $TypeError(".irqscale.Envelope.msi: object expected");
                message.msi = $root.irqscale.Msi.fromObject(object.msi, _depth + 1);
            }
            if (object.virq != null) {
                if (!$util.isObject(object.virq))
                    throw $TypeError(".irqscale.Envelope.virq: object expected");
                message.virq = $root.irqscale.Virq.fromObject(object.virq, _depth + 1);
            }
            if (object.vkick != null) {
                if (!$util.isObject(object.vkick))
                    throw $TypeError(".irqscale.Envelope.vkick: object expected");
                message.vkick = $root.irqscale.Vkick.fromObject(object.vkick, _depth + 1);
            }
            if (object.steal != null) {
                if (!$util.isObject(object.steal))
                    throw $TypeError(".irqscale.Envelope.steal: object expected");
                message.steal = $root.irqscale.Steal.fromObject(object.steal, _depth + 1);
            }
            if (object.dropped != null) {
                if (!$util.isObject(object.dropped))
                    throw $TypeError(".irqscale.Envelope.dropped: object expected");
                message.dropped = $root.irqscale.Dropped.fromObject(object.dropped, _depth + 1);
            }
            if (object.think != null) {
                if (!$util.isObject(object.think))
                    throw $TypeError(".irqscale.Envelope.think: object expected");
                message.think = $root.irqscale.Think.fromObject(object.think, _depth + 1);
            }
            if (object.segDone != null) {
                if (!$util.isObject(object.segDone))
                    throw $TypeError(".irqscale.Envelope.segDone: object expected");
                message.segDone = $root.irqscale.SegDone.fromObject(object.segDone, _depth + 1);
            }
            if (object.arrival != null) {
                if (!$util.isObject(object.arrival))
                    throw $TypeError(".irqscale.Envelope.arrival: object expected");
                message.arrival = $root.irqscale.Arrival.fromObject(object.arrival, _depth + 1);
            }
            if (object.xmit != null) {
                if (!$util.isObject(object.xmit))
                    throw $TypeError(".irqscale.Envelope.xmit: object expected");
                message.xmit = $root.irqscale.Pkts.fromObject(object.xmit, _depth + 1);
            }
            if (object.lockGrant != null) {
                if (!$util.isObject(object.lockGrant))
                    throw $TypeError(".irqscale.Envelope.lockGrant: object expected");
                message.lockGrant = $root.irqscale.LockGrant.fromObject(object.lockGrant, _depth + 1);
            }
            if (object.step != null) {
                if (!$util.isObject(object.step))
                    throw $TypeError(".irqscale.Envelope.step: object expected");
                message.step = $root.irqscale.Step.fromObject(object.step, _depth + 1);
            }
            if (object.stealEnd != null) {
                if (!$util.isObject(object.stealEnd))
                    throw $TypeError(".irqscale.Envelope.stealEnd: object expected");
                message.stealEnd = $root.irqscale.StealEnd.fromObject(object.stealEnd, _depth + 1);
            }
            if (object.handBack != null) {
                if (!$util.isObject(object.handBack))
                    throw $TypeError(".irqscale.Envelope.handBack: object expected");
                message.handBack = $root.irqscale.HandBack.fromObject(object.handBack, _depth + 1);
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
            if (message.pkts != null && $Object.hasOwnProperty.call(message, "pkts")) {
                object.pkts = $root.irqscale.Pkts.toObject(message.pkts, options, _depth + 1);
                if (options.oneofs)
                    object.payload = "pkts";
            }
            if (message.cpuReq != null && $Object.hasOwnProperty.call(message, "cpuReq")) {
                object.cpuReq = $root.irqscale.CpuReq.toObject(message.cpuReq, options, _depth + 1);
                if (options.oneofs)
                    object.payload = "cpuReq";
            }
            if (message.cpuDone != null && $Object.hasOwnProperty.call(message, "cpuDone")) {
                object.cpuDone = $root.irqscale.CpuDone.toObject(message.cpuDone, options, _depth + 1);
                if (options.oneofs)
                    object.payload = "cpuDone";
            }
            if (message.kick != null && $Object.hasOwnProperty.call(message, "kick")) {
                object.kick = $root.irqscale.Kick.toObject(message.kick, options, _depth + 1);
                if (options.oneofs)
                    object.payload = "kick";
            }
            if (message.irqLine != null && $Object.hasOwnProperty.call(message, "irqLine")) {
                object.irqLine = $root.irqscale.IrqLine.toObject(message.irqLine, options, _depth + 1);
                if (options.oneofs)
                    object.payload = "irqLine";
            }
            if (message.msi != null && $Object.hasOwnProperty.call(message, "msi")) {
                object.msi = $root.irqscale.Msi.toObject(message.msi, options, _depth + 1);
                if (options.oneofs)
                    object.payload = "msi";
            }
            if (message.virq != null && $Object.hasOwnProperty.call(message, "virq")) {
                object.virq = $root.irqscale.Virq.toObject(message.virq, options, _depth + 1);
                if (options.oneofs)
                    object.payload = "virq";
            }
            if (message.vkick != null && $Object.hasOwnProperty.call(message, "vkick")) {
                object.vkick = $root.irqscale.Vkick.toObject(message.vkick, options, _depth + 1);
                if (options.oneofs)
                    object.payload = "vkick";
            }
            if (message.steal != null && $Object.hasOwnProperty.call(message, "steal")) {
                object.steal = $root.irqscale.Steal.toObject(message.steal, options, _depth + 1);
                if (options.oneofs)
                    object.payload = "steal";
            }
            if (message.dropped != null && $Object.hasOwnProperty.call(message, "dropped")) {
                object.dropped = $root.irqscale.Dropped.toObject(message.dropped, options, _depth + 1);
                if (options.oneofs)
                    object.payload = "dropped";
            }
            if (message.think != null && $Object.hasOwnProperty.call(message, "think")) {
                object.think = $root.irqscale.Think.toObject(message.think, options, _depth + 1);
                if (options.oneofs)
                    object.payload = "think";
            }
            if (message.segDone != null && $Object.hasOwnProperty.call(message, "segDone")) {
                object.segDone = $root.irqscale.SegDone.toObject(message.segDone, options, _depth + 1);
                if (options.oneofs)
                    object.payload = "segDone";
            }
            if (message.arrival != null && $Object.hasOwnProperty.call(message, "arrival")) {
                object.arrival = $root.irqscale.Arrival.toObject(message.arrival, options, _depth + 1);
                if (options.oneofs)
                    object.payload = "arrival";
            }
            if (message.xmit != null && $Object.hasOwnProperty.call(message, "xmit")) {
                object.xmit = $root.irqscale.Pkts.toObject(message.xmit, options, _depth + 1);
                if (options.oneofs)
                    object.payload = "xmit";
            }
            if (message.lockGrant != null && $Object.hasOwnProperty.call(message, "lockGrant")) {
                object.lockGrant = $root.irqscale.LockGrant.toObject(message.lockGrant, options, _depth + 1);
                if (options.oneofs)
                    object.payload = "lockGrant";
            }
            if (message.step != null && $Object.hasOwnProperty.call(message, "step")) {
                object.step = $root.irqscale.Step.toObject(message.step, options, _depth + 1);
                if (options.oneofs)
                    object.payload = "step";
            }
            if (message.stealEnd != null && $Object.hasOwnProperty.call(message, "stealEnd")) {
                object.stealEnd = $root.irqscale.StealEnd.toObject(message.stealEnd, options, _depth + 1);
                if (options.oneofs)
                    object.payload = "stealEnd";
            }
            if (message.handBack != null && $Object.hasOwnProperty.call(message, "handBack")) {
                object.handBack = $root.irqscale.HandBack.toObject(message.handBack, options, _depth + 1);
                if (options.oneofs)
                    object.payload = "handBack";
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
         * @property {number|null} [nextTime] Batch nextTime
         * @property {boolean|null} [cutAhead] Batch cutAhead
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
         *   nextTime?: number|null;
         *   cutAhead?: boolean|null;
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
         * Batch nextTime.
         * @member {number} nextTime
         * @memberof irqscale.Batch
         * @instance
         */
        Batch.prototype.nextTime = 0;

        /**
         * Batch cutAhead.
         * @member {boolean} cutAhead
         * @memberof irqscale.Batch
         * @instance
         */
        Batch.prototype.cutAhead = false;

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
            if (message.nextTime != null && $Object.hasOwnProperty.call(message, "nextTime") && !$Object.is(message.nextTime, 0))
                writer.uint32(/* id 6, wireType 1 =*/49).double(message.nextTime);
            if (message.cutAhead != null && $Object.hasOwnProperty.call(message, "cutAhead") && message.cutAhead !== false)
                writer.uint32(/* id 7, wireType 0 =*/56).bool(message.cutAhead);
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
                case 6: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.nextTime = value;
                        else
                            delete message.nextTime;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.cutAhead = value;
                        else
                            delete message.cutAhead;
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
            if (message.nextTime != null && $Object.hasOwnProperty.call(message, "nextTime"))
                if (typeof message.nextTime !== "number")
                    return "nextTime: number expected";
            if (message.cutAhead != null && $Object.hasOwnProperty.call(message, "cutAhead"))
                if (typeof message.cutAhead !== "boolean")
                    return "cutAhead: boolean expected";
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
            if (object.nextTime != null)
                if (!$Object.is($Number(object.nextTime), 0))
                    message.nextTime = $Number(object.nextTime);
            if (object.cutAhead != null)
                if (object.cutAhead)
                    message.cutAhead = $Boolean(object.cutAhead);
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
                object.nextTime = 0;
                object.cutAhead = false;
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
            if (message.nextTime != null && $Object.hasOwnProperty.call(message, "nextTime"))
                object.nextTime = options.json && !$isFinite(message.nextTime) ? $String(message.nextTime) : message.nextTime;
            if (message.cutAhead != null && $Object.hasOwnProperty.call(message, "cutAhead"))
                object.cutAhead = message.cutAhead;
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
         * @property {Array.<number>|null} [partitionOfGroup] RunSpec partitionOfGroup
         * @property {string|null} [preset] RunSpec preset
         * @property {string|null} [coordinator] RunSpec coordinator
         * @property {number|null} [traceFromNs] RunSpec traceFromNs
         * @property {number|null} [traceToNs] RunSpec traceToNs
         * @property {string|null} [token] RunSpec token
         * @property {number|null} [stallTimeoutMs] RunSpec stallTimeoutMs
         * @property {number|null} [beatEveryMs] RunSpec beatEveryMs
         * @property {number|null} [checkpointEveryWindows] RunSpec checkpointEveryWindows
         * @property {number|null} [checkpointEveryMs] RunSpec checkpointEveryMs
         * @property {string|null} [checkpointBucket] RunSpec checkpointBucket
         * @property {string|null} [resumeFrom] RunSpec resumeFrom
         * @property {string|null} [checkpointRun] RunSpec checkpointRun
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
            this.partitionOfGroup = [];
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
         * RunSpec partitionOfGroup.
         * @member {Array.<number>} partitionOfGroup
         * @memberof irqscale.RunSpec
         * @instance
         */
        RunSpec.prototype.partitionOfGroup = $util.emptyArray;

        /**
         * RunSpec preset.
         * @member {string} preset
         * @memberof irqscale.RunSpec
         * @instance
         */
        RunSpec.prototype.preset = "";

        /**
         * RunSpec coordinator.
         * @member {string} coordinator
         * @memberof irqscale.RunSpec
         * @instance
         */
        RunSpec.prototype.coordinator = "";

        /**
         * RunSpec traceFromNs.
         * @member {number} traceFromNs
         * @memberof irqscale.RunSpec
         * @instance
         */
        RunSpec.prototype.traceFromNs = 0;

        /**
         * RunSpec traceToNs.
         * @member {number} traceToNs
         * @memberof irqscale.RunSpec
         * @instance
         */
        RunSpec.prototype.traceToNs = 0;

        /**
         * RunSpec token.
         * @member {string} token
         * @memberof irqscale.RunSpec
         * @instance
         */
        RunSpec.prototype.token = "";

        /**
         * RunSpec stallTimeoutMs.
         * @member {number} stallTimeoutMs
         * @memberof irqscale.RunSpec
         * @instance
         */
        RunSpec.prototype.stallTimeoutMs = 0;

        /**
         * RunSpec beatEveryMs.
         * @member {number} beatEveryMs
         * @memberof irqscale.RunSpec
         * @instance
         */
        RunSpec.prototype.beatEveryMs = 0;

        /**
         * RunSpec checkpointEveryWindows.
         * @member {number} checkpointEveryWindows
         * @memberof irqscale.RunSpec
         * @instance
         */
        RunSpec.prototype.checkpointEveryWindows = 0;

        /**
         * RunSpec checkpointEveryMs.
         * @member {number} checkpointEveryMs
         * @memberof irqscale.RunSpec
         * @instance
         */
        RunSpec.prototype.checkpointEveryMs = 0;

        /**
         * RunSpec checkpointBucket.
         * @member {string} checkpointBucket
         * @memberof irqscale.RunSpec
         * @instance
         */
        RunSpec.prototype.checkpointBucket = "";

        /**
         * RunSpec resumeFrom.
         * @member {string} resumeFrom
         * @memberof irqscale.RunSpec
         * @instance
         */
        RunSpec.prototype.resumeFrom = "";

        /**
         * RunSpec checkpointRun.
         * @member {string} checkpointRun
         * @memberof irqscale.RunSpec
         * @instance
         */
        RunSpec.prototype.checkpointRun = "";

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
            if (message.partitionOfGroup != null && message.partitionOfGroup.length)
                writer.uint32(/* id 6, wireType 2 =*/50).uint32s(message.partitionOfGroup);
            if (message.preset != null && $Object.hasOwnProperty.call(message, "preset") && message.preset !== "")
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.preset);
            if (message.coordinator != null && $Object.hasOwnProperty.call(message, "coordinator") && message.coordinator !== "")
                writer.uint32(/* id 8, wireType 2 =*/66).string(message.coordinator);
            if (message.traceFromNs != null && $Object.hasOwnProperty.call(message, "traceFromNs") && !$Object.is(message.traceFromNs, 0))
                writer.uint32(/* id 9, wireType 1 =*/73).double(message.traceFromNs);
            if (message.traceToNs != null && $Object.hasOwnProperty.call(message, "traceToNs") && !$Object.is(message.traceToNs, 0))
                writer.uint32(/* id 10, wireType 1 =*/81).double(message.traceToNs);
            if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                writer.uint32(/* id 40, wireType 2 =*/322).string(message.token);
            if (message.stallTimeoutMs != null && $Object.hasOwnProperty.call(message, "stallTimeoutMs") && !$Object.is(message.stallTimeoutMs, 0))
                writer.uint32(/* id 41, wireType 1 =*/329).double(message.stallTimeoutMs);
            if (message.beatEveryMs != null && $Object.hasOwnProperty.call(message, "beatEveryMs") && !$Object.is(message.beatEveryMs, 0))
                writer.uint32(/* id 42, wireType 1 =*/337).double(message.beatEveryMs);
            if (message.checkpointEveryWindows != null && $Object.hasOwnProperty.call(message, "checkpointEveryWindows") && message.checkpointEveryWindows !== 0)
                writer.uint32(/* id 50, wireType 0 =*/400).uint32(message.checkpointEveryWindows);
            if (message.checkpointEveryMs != null && $Object.hasOwnProperty.call(message, "checkpointEveryMs") && !$Object.is(message.checkpointEveryMs, 0))
                writer.uint32(/* id 51, wireType 1 =*/409).double(message.checkpointEveryMs);
            if (message.checkpointBucket != null && $Object.hasOwnProperty.call(message, "checkpointBucket") && message.checkpointBucket !== "")
                writer.uint32(/* id 52, wireType 2 =*/418).string(message.checkpointBucket);
            if (message.resumeFrom != null && $Object.hasOwnProperty.call(message, "resumeFrom") && message.resumeFrom !== "")
                writer.uint32(/* id 53, wireType 2 =*/426).string(message.resumeFrom);
            if (message.checkpointRun != null && $Object.hasOwnProperty.call(message, "checkpointRun") && message.checkpointRun !== "")
                writer.uint32(/* id 54, wireType 2 =*/434).string(message.checkpointRun);
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
                case 6: {
                        if (wireType === 2) {
                            if (!(message.partitionOfGroup && message.partitionOfGroup.length))
                                message.partitionOfGroup = [];
                            reader.uint32s(message.partitionOfGroup);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.partitionOfGroup && message.partitionOfGroup.length))
                            message.partitionOfGroup = [];
                        message.partitionOfGroup.push(reader.uint32());
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.preset = value;
                        else
                            delete message.preset;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.coordinator = value;
                        else
                            delete message.coordinator;
                        continue;
                    }
                case 9: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.traceFromNs = value;
                        else
                            delete message.traceFromNs;
                        continue;
                    }
                case 10: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.traceToNs = value;
                        else
                            delete message.traceToNs;
                        continue;
                    }
                case 40: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.token = value;
                        else
                            delete message.token;
                        continue;
                    }
                case 41: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.stallTimeoutMs = value;
                        else
                            delete message.stallTimeoutMs;
                        continue;
                    }
                case 42: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.beatEveryMs = value;
                        else
                            delete message.beatEveryMs;
                        continue;
                    }
                case 50: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.checkpointEveryWindows = value;
                        else
                            delete message.checkpointEveryWindows;
                        continue;
                    }
                case 51: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.checkpointEveryMs = value;
                        else
                            delete message.checkpointEveryMs;
                        continue;
                    }
                case 52: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.checkpointBucket = value;
                        else
                            delete message.checkpointBucket;
                        continue;
                    }
                case 53: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.resumeFrom = value;
                        else
                            delete message.resumeFrom;
                        continue;
                    }
                case 54: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.checkpointRun = value;
                        else
                            delete message.checkpointRun;
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
            if (message.partitionOfGroup != null && $Object.hasOwnProperty.call(message, "partitionOfGroup")) {
                if (!$Array.isArray(message.partitionOfGroup))
                    return "partitionOfGroup: array expected";
                for (let i = 0; i < message.partitionOfGroup.length; ++i)
                    if (!$util.isInteger(message.partitionOfGroup[i]))
                        return "partitionOfGroup: integer[] expected";
            }
            if (message.preset != null && $Object.hasOwnProperty.call(message, "preset"))
                if (!$util.isString(message.preset))
                    return "preset: string expected";
            if (message.coordinator != null && $Object.hasOwnProperty.call(message, "coordinator"))
                if (!$util.isString(message.coordinator))
                    return "coordinator: string expected";
            if (message.traceFromNs != null && $Object.hasOwnProperty.call(message, "traceFromNs"))
                if (typeof message.traceFromNs !== "number")
                    return "traceFromNs: number expected";
            if (message.traceToNs != null && $Object.hasOwnProperty.call(message, "traceToNs"))
                if (typeof message.traceToNs !== "number")
                    return "traceToNs: number expected";
            if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                if (!$util.isString(message.token))
                    return "token: string expected";
            if (message.stallTimeoutMs != null && $Object.hasOwnProperty.call(message, "stallTimeoutMs"))
                if (typeof message.stallTimeoutMs !== "number")
                    return "stallTimeoutMs: number expected";
            if (message.beatEveryMs != null && $Object.hasOwnProperty.call(message, "beatEveryMs"))
                if (typeof message.beatEveryMs !== "number")
                    return "beatEveryMs: number expected";
            if (message.checkpointEveryWindows != null && $Object.hasOwnProperty.call(message, "checkpointEveryWindows"))
                if (!$util.isInteger(message.checkpointEveryWindows))
                    return "checkpointEveryWindows: integer expected";
            if (message.checkpointEveryMs != null && $Object.hasOwnProperty.call(message, "checkpointEveryMs"))
                if (typeof message.checkpointEveryMs !== "number")
                    return "checkpointEveryMs: number expected";
            if (message.checkpointBucket != null && $Object.hasOwnProperty.call(message, "checkpointBucket"))
                if (!$util.isString(message.checkpointBucket))
                    return "checkpointBucket: string expected";
            if (message.resumeFrom != null && $Object.hasOwnProperty.call(message, "resumeFrom"))
                if (!$util.isString(message.resumeFrom))
                    return "resumeFrom: string expected";
            if (message.checkpointRun != null && $Object.hasOwnProperty.call(message, "checkpointRun"))
                if (!$util.isString(message.checkpointRun))
                    return "checkpointRun: string expected";
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
            if (object.partitionOfGroup) {
                if (!$Array.isArray(object.partitionOfGroup))
                    throw $TypeError(".irqscale.RunSpec.partitionOfGroup: array expected");
                message.partitionOfGroup = $Array(object.partitionOfGroup.length);
                for (let i = 0; i < object.partitionOfGroup.length; ++i)
                    message.partitionOfGroup[i] = object.partitionOfGroup[i] >>> 0;
            }
            if (object.preset != null)
                if (typeof object.preset !== "string" || object.preset.length)
                    message.preset = $String(object.preset);
            if (object.coordinator != null)
                if (typeof object.coordinator !== "string" || object.coordinator.length)
                    message.coordinator = $String(object.coordinator);
            if (object.traceFromNs != null)
                if (!$Object.is($Number(object.traceFromNs), 0))
                    message.traceFromNs = $Number(object.traceFromNs);
            if (object.traceToNs != null)
                if (!$Object.is($Number(object.traceToNs), 0))
                    message.traceToNs = $Number(object.traceToNs);
            if (object.token != null)
                if (typeof object.token !== "string" || object.token.length)
                    message.token = $String(object.token);
            if (object.stallTimeoutMs != null)
                if (!$Object.is($Number(object.stallTimeoutMs), 0))
                    message.stallTimeoutMs = $Number(object.stallTimeoutMs);
            if (object.beatEveryMs != null)
                if (!$Object.is($Number(object.beatEveryMs), 0))
                    message.beatEveryMs = $Number(object.beatEveryMs);
            if (object.checkpointEveryWindows != null)
                if ($Number(object.checkpointEveryWindows) !== 0)
                    message.checkpointEveryWindows = object.checkpointEveryWindows >>> 0;
            if (object.checkpointEveryMs != null)
                if (!$Object.is($Number(object.checkpointEveryMs), 0))
                    message.checkpointEveryMs = $Number(object.checkpointEveryMs);
            if (object.checkpointBucket != null)
                if (typeof object.checkpointBucket !== "string" || object.checkpointBucket.length)
                    message.checkpointBucket = $String(object.checkpointBucket);
            if (object.resumeFrom != null)
                if (typeof object.resumeFrom !== "string" || object.resumeFrom.length)
                    message.resumeFrom = $String(object.resumeFrom);
            if (object.checkpointRun != null)
                if (typeof object.checkpointRun !== "string" || object.checkpointRun.length)
                    message.checkpointRun = $String(object.checkpointRun);
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
            if (options.arrays || options.defaults) {
                object.workerPartitions = [];
                object.partitionOfGroup = [];
            }
            if (options.defaults) {
                object.runId = "";
                object.configJson = "";
                object.partitions = 0;
                object.worker = "";
                object.preset = "";
                object.coordinator = "";
                object.traceFromNs = 0;
                object.traceToNs = 0;
                object.token = "";
                object.stallTimeoutMs = 0;
                object.beatEveryMs = 0;
                object.checkpointEveryWindows = 0;
                object.checkpointEveryMs = 0;
                object.checkpointBucket = "";
                object.resumeFrom = "";
                object.checkpointRun = "";
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
            if (message.partitionOfGroup && message.partitionOfGroup.length) {
                object.partitionOfGroup = $Array(message.partitionOfGroup.length);
                for (let j = 0; j < message.partitionOfGroup.length; ++j)
                    object.partitionOfGroup[j] = message.partitionOfGroup[j];
            }
            if (message.preset != null && $Object.hasOwnProperty.call(message, "preset"))
                object.preset = message.preset;
            if (message.coordinator != null && $Object.hasOwnProperty.call(message, "coordinator"))
                object.coordinator = message.coordinator;
            if (message.traceFromNs != null && $Object.hasOwnProperty.call(message, "traceFromNs"))
                object.traceFromNs = options.json && !$isFinite(message.traceFromNs) ? $String(message.traceFromNs) : message.traceFromNs;
            if (message.traceToNs != null && $Object.hasOwnProperty.call(message, "traceToNs"))
                object.traceToNs = options.json && !$isFinite(message.traceToNs) ? $String(message.traceToNs) : message.traceToNs;
            if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                object.token = message.token;
            if (message.stallTimeoutMs != null && $Object.hasOwnProperty.call(message, "stallTimeoutMs"))
                object.stallTimeoutMs = options.json && !$isFinite(message.stallTimeoutMs) ? $String(message.stallTimeoutMs) : message.stallTimeoutMs;
            if (message.beatEveryMs != null && $Object.hasOwnProperty.call(message, "beatEveryMs"))
                object.beatEveryMs = options.json && !$isFinite(message.beatEveryMs) ? $String(message.beatEveryMs) : message.beatEveryMs;
            if (message.checkpointEveryWindows != null && $Object.hasOwnProperty.call(message, "checkpointEveryWindows"))
                object.checkpointEveryWindows = message.checkpointEveryWindows;
            if (message.checkpointEveryMs != null && $Object.hasOwnProperty.call(message, "checkpointEveryMs"))
                object.checkpointEveryMs = options.json && !$isFinite(message.checkpointEveryMs) ? $String(message.checkpointEveryMs) : message.checkpointEveryMs;
            if (message.checkpointBucket != null && $Object.hasOwnProperty.call(message, "checkpointBucket"))
                object.checkpointBucket = message.checkpointBucket;
            if (message.resumeFrom != null && $Object.hasOwnProperty.call(message, "resumeFrom"))
                object.resumeFrom = message.resumeFrom;
            if (message.checkpointRun != null && $Object.hasOwnProperty.call(message, "checkpointRun"))
                object.checkpointRun = message.checkpointRun;
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

    irqscale.CutTaken = (function() {

        /**
         * Properties of a CutTaken.
         * @typedef {Object} irqscale.CutTaken.$Properties
         * @property {string|null} [runId] CutTaken runId
         * @property {number|null} [window] CutTaken window
         * @property {number|null} [partition] CutTaken partition
         * @property {string|null} [object] CutTaken object
         * @property {number|null} [bytes] CutTaken bytes
         * @property {string|null} [sha256] CutTaken sha256
         * @property {number|null} [ms] CutTaken ms
         * @property {number|null} [now] CutTaken now
         * @property {string|null} [token] CutTaken token
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CutTaken.
         * @memberof irqscale
         * @interface ICutTaken
         * @augments irqscale.CutTaken.$Properties
         * @deprecated Use irqscale.CutTaken.$Properties instead.
         */

        /**
         * Shape of a CutTaken.
         * @typedef {irqscale.CutTaken.$Properties} irqscale.CutTaken.$Shape
         */

        /**
         * Constructs a new CutTaken.
         * @memberof irqscale
         * @classdesc Represents a CutTaken.
         * @constructor
         * @param {irqscale.CutTaken.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CutTaken = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * CutTaken runId.
         * @member {string} runId
         * @memberof irqscale.CutTaken
         * @instance
         */
        CutTaken.prototype.runId = "";

        /**
         * CutTaken window.
         * @member {number} window
         * @memberof irqscale.CutTaken
         * @instance
         */
        CutTaken.prototype.window = 0;

        /**
         * CutTaken partition.
         * @member {number} partition
         * @memberof irqscale.CutTaken
         * @instance
         */
        CutTaken.prototype.partition = 0;

        /**
         * CutTaken object.
         * @member {string} object
         * @memberof irqscale.CutTaken
         * @instance
         */
        CutTaken.prototype.object = "";

        /**
         * CutTaken bytes.
         * @member {number} bytes
         * @memberof irqscale.CutTaken
         * @instance
         */
        CutTaken.prototype.bytes = 0;

        /**
         * CutTaken sha256.
         * @member {string} sha256
         * @memberof irqscale.CutTaken
         * @instance
         */
        CutTaken.prototype.sha256 = "";

        /**
         * CutTaken ms.
         * @member {number} ms
         * @memberof irqscale.CutTaken
         * @instance
         */
        CutTaken.prototype.ms = 0;

        /**
         * CutTaken now.
         * @member {number} now
         * @memberof irqscale.CutTaken
         * @instance
         */
        CutTaken.prototype.now = 0;

        /**
         * CutTaken token.
         * @member {string} token
         * @memberof irqscale.CutTaken
         * @instance
         */
        CutTaken.prototype.token = "";

        /**
         * Creates a new CutTaken instance using the specified properties.
         * @function create
         * @memberof irqscale.CutTaken
         * @static
         * @param {irqscale.CutTaken.$Properties=} [properties] Properties to set
         * @returns {irqscale.CutTaken} CutTaken instance
         * @type {{
         *   (properties: irqscale.CutTaken.$Shape): irqscale.CutTaken & irqscale.CutTaken.$Shape;
         *   (properties?: irqscale.CutTaken.$Properties): irqscale.CutTaken;
         * }}
         */
        CutTaken.create = function(properties) {
            return new CutTaken(properties);
        };

        /**
         * Encodes the specified CutTaken message. Does not implicitly {@link irqscale.CutTaken.verify|verify} messages.
         * @function encode
         * @memberof irqscale.CutTaken
         * @static
         * @param {irqscale.CutTaken.$Properties} message CutTaken message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CutTaken.encode = function (message, writer, _depth) {
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
            if (message.object != null && $Object.hasOwnProperty.call(message, "object") && message.object !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.object);
            if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && !$Object.is(message.bytes, 0))
                writer.uint32(/* id 5, wireType 1 =*/41).double(message.bytes);
            if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256 !== "")
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.sha256);
            if (message.ms != null && $Object.hasOwnProperty.call(message, "ms") && !$Object.is(message.ms, 0))
                writer.uint32(/* id 7, wireType 1 =*/57).double(message.ms);
            if (message.now != null && $Object.hasOwnProperty.call(message, "now") && !$Object.is(message.now, 0))
                writer.uint32(/* id 8, wireType 1 =*/65).double(message.now);
            if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                writer.uint32(/* id 40, wireType 2 =*/322).string(message.token);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified CutTaken message, length delimited. Does not implicitly {@link irqscale.CutTaken.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.CutTaken
         * @static
         * @param {irqscale.CutTaken.$Properties} message CutTaken message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CutTaken.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CutTaken message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.CutTaken
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.CutTaken & irqscale.CutTaken.$Shape} CutTaken
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CutTaken.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.CutTaken();
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
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.object = value;
                        else
                            delete message.object;
                        continue;
                    }
                case 5: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.bytes = value;
                        else
                            delete message.bytes;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.sha256 = value;
                        else
                            delete message.sha256;
                        continue;
                    }
                case 7: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.ms = value;
                        else
                            delete message.ms;
                        continue;
                    }
                case 8: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.now = value;
                        else
                            delete message.now;
                        continue;
                    }
                case 40: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.token = value;
                        else
                            delete message.token;
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
         * Decodes a CutTaken message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.CutTaken
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.CutTaken & irqscale.CutTaken.$Shape} CutTaken
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CutTaken.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CutTaken message.
         * @function verify
         * @memberof irqscale.CutTaken
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CutTaken.verify = function (message, _depth) {
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
            if (message.object != null && $Object.hasOwnProperty.call(message, "object"))
                if (!$util.isString(message.object))
                    return "object: string expected";
            if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                if (typeof message.bytes !== "number")
                    return "bytes: number expected";
            if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                if (!$util.isString(message.sha256))
                    return "sha256: string expected";
            if (message.ms != null && $Object.hasOwnProperty.call(message, "ms"))
                if (typeof message.ms !== "number")
                    return "ms: number expected";
            if (message.now != null && $Object.hasOwnProperty.call(message, "now"))
                if (typeof message.now !== "number")
                    return "now: number expected";
            if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                if (!$util.isString(message.token))
                    return "token: string expected";
            return null;
        };

        /**
         * Creates a CutTaken message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.CutTaken
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.CutTaken} CutTaken
         */
        CutTaken.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.CutTaken)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.CutTaken: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.CutTaken();
            if (object.runId != null)
                if (typeof object.runId !== "string" || object.runId.length)
                    message.runId = $String(object.runId);
            if (object.window != null)
                if ($Number(object.window) !== 0)
                    message.window = object.window >>> 0;
            if (object.partition != null)
                if ($Number(object.partition) !== 0)
                    message.partition = object.partition >>> 0;
            if (object.object != null)
                if (typeof object.object !== "string" || object.object.length)
                    message.object = $String(object.object);
            if (object.bytes != null)
                if (!$Object.is($Number(object.bytes), 0))
                    message.bytes = $Number(object.bytes);
            if (object.sha256 != null)
                if (typeof object.sha256 !== "string" || object.sha256.length)
                    message.sha256 = $String(object.sha256);
            if (object.ms != null)
                if (!$Object.is($Number(object.ms), 0))
                    message.ms = $Number(object.ms);
            if (object.now != null)
                if (!$Object.is($Number(object.now), 0))
                    message.now = $Number(object.now);
            if (object.token != null)
                if (typeof object.token !== "string" || object.token.length)
                    message.token = $String(object.token);
            return message;
        };

        /**
         * Creates a plain object from a CutTaken message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.CutTaken
         * @static
         * @param {irqscale.CutTaken} message CutTaken
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CutTaken.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.runId = "";
                object.window = 0;
                object.partition = 0;
                object.object = "";
                object.bytes = 0;
                object.sha256 = "";
                object.ms = 0;
                object.now = 0;
                object.token = "";
            }
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                object.runId = message.runId;
            if (message.window != null && $Object.hasOwnProperty.call(message, "window"))
                object.window = message.window;
            if (message.partition != null && $Object.hasOwnProperty.call(message, "partition"))
                object.partition = message.partition;
            if (message.object != null && $Object.hasOwnProperty.call(message, "object"))
                object.object = message.object;
            if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                object.bytes = options.json && !$isFinite(message.bytes) ? $String(message.bytes) : message.bytes;
            if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                object.sha256 = message.sha256;
            if (message.ms != null && $Object.hasOwnProperty.call(message, "ms"))
                object.ms = options.json && !$isFinite(message.ms) ? $String(message.ms) : message.ms;
            if (message.now != null && $Object.hasOwnProperty.call(message, "now"))
                object.now = options.json && !$isFinite(message.now) ? $String(message.now) : message.now;
            if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                object.token = message.token;
            return object;
        };

        /**
         * Converts this CutTaken to JSON.
         * @function toJSON
         * @memberof irqscale.CutTaken
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CutTaken.prototype.toJSON = function() {
            return CutTaken.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CutTaken
         * @function getTypeUrl
         * @memberof irqscale.CutTaken
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CutTaken.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.CutTaken";
        };

        return CutTaken;
    })();

    irqscale.WindowStart = (function() {

        /**
         * Properties of a WindowStart.
         * @typedef {Object} irqscale.WindowStart.$Properties
         * @property {string|null} [runId] WindowStart runId
         * @property {number|null} [window] WindowStart window
         * @property {number|null} [start] WindowStart start
         * @property {number|null} [end] WindowStart end
         * @property {number|null} [lookahead] WindowStart lookahead
         * @property {number|null} [depth] WindowStart depth
         * @property {number|null} [reportEveryMs] WindowStart reportEveryMs
         * @property {string|null} [token] WindowStart token
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
         * WindowStart lookahead.
         * @member {number} lookahead
         * @memberof irqscale.WindowStart
         * @instance
         */
        WindowStart.prototype.lookahead = 0;

        /**
         * WindowStart depth.
         * @member {number} depth
         * @memberof irqscale.WindowStart
         * @instance
         */
        WindowStart.prototype.depth = 0;

        /**
         * WindowStart reportEveryMs.
         * @member {number} reportEveryMs
         * @memberof irqscale.WindowStart
         * @instance
         */
        WindowStart.prototype.reportEveryMs = 0;

        /**
         * WindowStart token.
         * @member {string} token
         * @memberof irqscale.WindowStart
         * @instance
         */
        WindowStart.prototype.token = "";

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
            if (message.lookahead != null && $Object.hasOwnProperty.call(message, "lookahead") && !$Object.is(message.lookahead, 0))
                writer.uint32(/* id 7, wireType 1 =*/57).double(message.lookahead);
            if (message.depth != null && $Object.hasOwnProperty.call(message, "depth") && message.depth !== 0)
                writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.depth);
            if (message.reportEveryMs != null && $Object.hasOwnProperty.call(message, "reportEveryMs") && !$Object.is(message.reportEveryMs, 0))
                writer.uint32(/* id 9, wireType 1 =*/73).double(message.reportEveryMs);
            if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                writer.uint32(/* id 40, wireType 2 =*/322).string(message.token);
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
                case 7: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.lookahead = value;
                        else
                            delete message.lookahead;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.depth = value;
                        else
                            delete message.depth;
                        continue;
                    }
                case 9: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.reportEveryMs = value;
                        else
                            delete message.reportEveryMs;
                        continue;
                    }
                case 40: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.token = value;
                        else
                            delete message.token;
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
            if (message.lookahead != null && $Object.hasOwnProperty.call(message, "lookahead"))
                if (typeof message.lookahead !== "number")
                    return "lookahead: number expected";
            if (message.depth != null && $Object.hasOwnProperty.call(message, "depth"))
                if (!$util.isInteger(message.depth))
                    return "depth: integer expected";
            if (message.reportEveryMs != null && $Object.hasOwnProperty.call(message, "reportEveryMs"))
                if (typeof message.reportEveryMs !== "number")
                    return "reportEveryMs: number expected";
            if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                if (!$util.isString(message.token))
                    return "token: string expected";
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
            if (object.lookahead != null)
                if (!$Object.is($Number(object.lookahead), 0))
                    message.lookahead = $Number(object.lookahead);
            if (object.depth != null)
                if ($Number(object.depth) !== 0)
                    message.depth = object.depth >>> 0;
            if (object.reportEveryMs != null)
                if (!$Object.is($Number(object.reportEveryMs), 0))
                    message.reportEveryMs = $Number(object.reportEveryMs);
            if (object.token != null)
                if (typeof object.token !== "string" || object.token.length)
                    message.token = $String(object.token);
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
            if (options.defaults) {
                object.runId = "";
                object.window = 0;
                object.start = 0;
                object.end = 0;
                object.lookahead = 0;
                object.depth = 0;
                object.reportEveryMs = 0;
                object.token = "";
            }
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                object.runId = message.runId;
            if (message.window != null && $Object.hasOwnProperty.call(message, "window"))
                object.window = message.window;
            if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                object.start = options.json && !$isFinite(message.start) ? $String(message.start) : message.start;
            if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                object.end = options.json && !$isFinite(message.end) ? $String(message.end) : message.end;
            if (message.lookahead != null && $Object.hasOwnProperty.call(message, "lookahead"))
                object.lookahead = options.json && !$isFinite(message.lookahead) ? $String(message.lookahead) : message.lookahead;
            if (message.depth != null && $Object.hasOwnProperty.call(message, "depth"))
                object.depth = message.depth;
            if (message.reportEveryMs != null && $Object.hasOwnProperty.call(message, "reportEveryMs"))
                object.reportEveryMs = options.json && !$isFinite(message.reportEveryMs) ? $String(message.reportEveryMs) : message.reportEveryMs;
            if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                object.token = message.token;
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
         * @property {number|null} [nextTime] WindowDone nextTime
         * @property {number|null} [events] WindowDone events
         * @property {number|null} [remoteEvents] WindowDone remoteEvents
         * @property {number|null} [bytesSent] WindowDone bytesSent
         * @property {number|null} [waitMs] WindowDone waitMs
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
         * WindowDone waitMs.
         * @member {number} waitMs
         * @memberof irqscale.WindowDone
         * @instance
         */
        WindowDone.prototype.waitMs = 0;

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
            if (message.nextTime != null && $Object.hasOwnProperty.call(message, "nextTime") && !$Object.is(message.nextTime, 0))
                writer.uint32(/* id 5, wireType 1 =*/41).double(message.nextTime);
            if (message.events != null && $Object.hasOwnProperty.call(message, "events") && !$Object.is(message.events, 0))
                writer.uint32(/* id 6, wireType 1 =*/49).double(message.events);
            if (message.remoteEvents != null && $Object.hasOwnProperty.call(message, "remoteEvents") && !$Object.is(message.remoteEvents, 0))
                writer.uint32(/* id 7, wireType 1 =*/57).double(message.remoteEvents);
            if (message.bytesSent != null && $Object.hasOwnProperty.call(message, "bytesSent") && !$Object.is(message.bytesSent, 0))
                writer.uint32(/* id 8, wireType 1 =*/65).double(message.bytesSent);
            if (message.waitMs != null && $Object.hasOwnProperty.call(message, "waitMs") && !$Object.is(message.waitMs, 0))
                writer.uint32(/* id 9, wireType 1 =*/73).double(message.waitMs);
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
                case 9: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.waitMs = value;
                        else
                            delete message.waitMs;
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
            if (message.waitMs != null && $Object.hasOwnProperty.call(message, "waitMs"))
                if (typeof message.waitMs !== "number")
                    return "waitMs: number expected";
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
            if (object.waitMs != null)
                if (!$Object.is($Number(object.waitMs), 0))
                    message.waitMs = $Number(object.waitMs);
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
            if (options.defaults) {
                object.runId = "";
                object.window = 0;
                object.partition = 0;
                object.nextTime = 0;
                object.events = 0;
                object.remoteEvents = 0;
                object.bytesSent = 0;
                object.waitMs = 0;
            }
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                object.runId = message.runId;
            if (message.window != null && $Object.hasOwnProperty.call(message, "window"))
                object.window = message.window;
            if (message.partition != null && $Object.hasOwnProperty.call(message, "partition"))
                object.partition = message.partition;
            if (message.nextTime != null && $Object.hasOwnProperty.call(message, "nextTime"))
                object.nextTime = options.json && !$isFinite(message.nextTime) ? $String(message.nextTime) : message.nextTime;
            if (message.events != null && $Object.hasOwnProperty.call(message, "events"))
                object.events = options.json && !$isFinite(message.events) ? $String(message.events) : message.events;
            if (message.remoteEvents != null && $Object.hasOwnProperty.call(message, "remoteEvents"))
                object.remoteEvents = options.json && !$isFinite(message.remoteEvents) ? $String(message.remoteEvents) : message.remoteEvents;
            if (message.bytesSent != null && $Object.hasOwnProperty.call(message, "bytesSent"))
                object.bytesSent = options.json && !$isFinite(message.bytesSent) ? $String(message.bytesSent) : message.bytesSent;
            if (message.waitMs != null && $Object.hasOwnProperty.call(message, "waitMs"))
                object.waitMs = options.json && !$isFinite(message.waitMs) ? $String(message.waitMs) : message.waitMs;
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
         * @property {string|null} [token] Abort token
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
         * Abort token.
         * @member {string} token
         * @memberof irqscale.Abort
         * @instance
         */
        Abort.prototype.token = "";

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
            if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                writer.uint32(/* id 40, wireType 2 =*/322).string(message.token);
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
                case 40: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.token = value;
                        else
                            delete message.token;
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
            if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                if (!$util.isString(message.token))
                    return "token: string expected";
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
            if (object.token != null)
                if (typeof object.token !== "string" || object.token.length)
                    message.token = $String(object.token);
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
                object.token = "";
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
            if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                object.token = message.token;
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
         * @property {number|null} [windows] FinalStats windows
         * @property {string|null} [traceJson] FinalStats traceJson
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
         * FinalStats windows.
         * @member {number} windows
         * @memberof irqscale.FinalStats
         * @instance
         */
        FinalStats.prototype.windows = 0;

        /**
         * FinalStats traceJson.
         * @member {string} traceJson
         * @memberof irqscale.FinalStats
         * @instance
         */
        FinalStats.prototype.traceJson = "";

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
            if (message.windows != null && $Object.hasOwnProperty.call(message, "windows") && message.windows !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.windows);
            if (message.traceJson != null && $Object.hasOwnProperty.call(message, "traceJson") && message.traceJson !== "")
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.traceJson);
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
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.windows = value;
                        else
                            delete message.windows;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.traceJson = value;
                        else
                            delete message.traceJson;
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
            if (message.windows != null && $Object.hasOwnProperty.call(message, "windows"))
                if (!$util.isInteger(message.windows))
                    return "windows: integer expected";
            if (message.traceJson != null && $Object.hasOwnProperty.call(message, "traceJson"))
                if (!$util.isString(message.traceJson))
                    return "traceJson: string expected";
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
            if (object.windows != null)
                if ($Number(object.windows) !== 0)
                    message.windows = object.windows >>> 0;
            if (object.traceJson != null)
                if (typeof object.traceJson !== "string" || object.traceJson.length)
                    message.traceJson = $String(object.traceJson);
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
                object.windows = 0;
                object.traceJson = "";
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
            if (message.windows != null && $Object.hasOwnProperty.call(message, "windows"))
                object.windows = message.windows;
            if (message.traceJson != null && $Object.hasOwnProperty.call(message, "traceJson"))
                object.traceJson = message.traceJson;
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

    irqscale.WorkerHello = (function() {

        /**
         * Properties of a WorkerHello.
         * @typedef {Object} irqscale.WorkerHello.$Properties
         * @property {string|null} [id] WorkerHello id
         * @property {string|null} [worker] WorkerHello worker
         * @property {string|null} [host] WorkerHello host
         * @property {number|null} [pid] WorkerHello pid
         * @property {boolean|null} [busy] WorkerHello busy
         * @property {string|null} [version] WorkerHello version
         * @property {string|null} [codeHash] WorkerHello codeHash
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WorkerHello.
         * @memberof irqscale
         * @interface IWorkerHello
         * @augments irqscale.WorkerHello.$Properties
         * @deprecated Use irqscale.WorkerHello.$Properties instead.
         */

        /**
         * Shape of a WorkerHello.
         * @typedef {irqscale.WorkerHello.$Properties} irqscale.WorkerHello.$Shape
         */

        /**
         * Constructs a new WorkerHello.
         * @memberof irqscale
         * @classdesc Represents a WorkerHello.
         * @constructor
         * @param {irqscale.WorkerHello.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WorkerHello = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WorkerHello id.
         * @member {string} id
         * @memberof irqscale.WorkerHello
         * @instance
         */
        WorkerHello.prototype.id = "";

        /**
         * WorkerHello worker.
         * @member {string} worker
         * @memberof irqscale.WorkerHello
         * @instance
         */
        WorkerHello.prototype.worker = "";

        /**
         * WorkerHello host.
         * @member {string} host
         * @memberof irqscale.WorkerHello
         * @instance
         */
        WorkerHello.prototype.host = "";

        /**
         * WorkerHello pid.
         * @member {number} pid
         * @memberof irqscale.WorkerHello
         * @instance
         */
        WorkerHello.prototype.pid = 0;

        /**
         * WorkerHello busy.
         * @member {boolean} busy
         * @memberof irqscale.WorkerHello
         * @instance
         */
        WorkerHello.prototype.busy = false;

        /**
         * WorkerHello version.
         * @member {string} version
         * @memberof irqscale.WorkerHello
         * @instance
         */
        WorkerHello.prototype.version = "";

        /**
         * WorkerHello codeHash.
         * @member {string} codeHash
         * @memberof irqscale.WorkerHello
         * @instance
         */
        WorkerHello.prototype.codeHash = "";

        /**
         * Creates a new WorkerHello instance using the specified properties.
         * @function create
         * @memberof irqscale.WorkerHello
         * @static
         * @param {irqscale.WorkerHello.$Properties=} [properties] Properties to set
         * @returns {irqscale.WorkerHello} WorkerHello instance
         * @type {{
         *   (properties: irqscale.WorkerHello.$Shape): irqscale.WorkerHello & irqscale.WorkerHello.$Shape;
         *   (properties?: irqscale.WorkerHello.$Properties): irqscale.WorkerHello;
         * }}
         */
        WorkerHello.create = function(properties) {
            return new WorkerHello(properties);
        };

        /**
         * Encodes the specified WorkerHello message. Does not implicitly {@link irqscale.WorkerHello.verify|verify} messages.
         * @function encode
         * @memberof irqscale.WorkerHello
         * @static
         * @param {irqscale.WorkerHello.$Properties} message WorkerHello message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WorkerHello.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker") && message.worker !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.worker);
            if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.host);
            if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.pid);
            if (message.busy != null && $Object.hasOwnProperty.call(message, "busy") && message.busy !== false)
                writer.uint32(/* id 5, wireType 0 =*/40).bool(message.busy);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.version);
            if (message.codeHash != null && $Object.hasOwnProperty.call(message, "codeHash") && message.codeHash !== "")
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.codeHash);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified WorkerHello message, length delimited. Does not implicitly {@link irqscale.WorkerHello.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.WorkerHello
         * @static
         * @param {irqscale.WorkerHello.$Properties} message WorkerHello message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WorkerHello.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a WorkerHello message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.WorkerHello
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.WorkerHello & irqscale.WorkerHello.$Shape} WorkerHello
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WorkerHello.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.WorkerHello();
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
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.worker = value;
                        else
                            delete message.worker;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.host = value;
                        else
                            delete message.host;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.pid = value;
                        else
                            delete message.pid;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.busy = value;
                        else
                            delete message.busy;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.codeHash = value;
                        else
                            delete message.codeHash;
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
         * Decodes a WorkerHello message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.WorkerHello
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.WorkerHello & irqscale.WorkerHello.$Shape} WorkerHello
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WorkerHello.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a WorkerHello message.
         * @function verify
         * @memberof irqscale.WorkerHello
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        WorkerHello.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                if (!$util.isString(message.id))
                    return "id: string expected";
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                if (!$util.isString(message.worker))
                    return "worker: string expected";
            if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                if (!$util.isString(message.host))
                    return "host: string expected";
            if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                if (!$util.isInteger(message.pid))
                    return "pid: integer expected";
            if (message.busy != null && $Object.hasOwnProperty.call(message, "busy"))
                if (typeof message.busy !== "boolean")
                    return "busy: boolean expected";
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (!$util.isString(message.version))
                    return "version: string expected";
            if (message.codeHash != null && $Object.hasOwnProperty.call(message, "codeHash"))
                if (!$util.isString(message.codeHash))
                    return "codeHash: string expected";
            return null;
        };

        /**
         * Creates a WorkerHello message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.WorkerHello
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.WorkerHello} WorkerHello
         */
        WorkerHello.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.WorkerHello)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.WorkerHello: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.WorkerHello();
            if (object.id != null)
                if (typeof object.id !== "string" || object.id.length)
                    message.id = $String(object.id);
            if (object.worker != null)
                if (typeof object.worker !== "string" || object.worker.length)
                    message.worker = $String(object.worker);
            if (object.host != null)
                if (typeof object.host !== "string" || object.host.length)
                    message.host = $String(object.host);
            if (object.pid != null)
                if ($Number(object.pid) !== 0)
                    message.pid = object.pid >>> 0;
            if (object.busy != null)
                if (object.busy)
                    message.busy = $Boolean(object.busy);
            if (object.version != null)
                if (typeof object.version !== "string" || object.version.length)
                    message.version = $String(object.version);
            if (object.codeHash != null)
                if (typeof object.codeHash !== "string" || object.codeHash.length)
                    message.codeHash = $String(object.codeHash);
            return message;
        };

        /**
         * Creates a plain object from a WorkerHello message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.WorkerHello
         * @static
         * @param {irqscale.WorkerHello} message WorkerHello
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        WorkerHello.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.id = "";
                object.worker = "";
                object.host = "";
                object.pid = 0;
                object.busy = false;
                object.version = "";
                object.codeHash = "";
            }
            if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                object.id = message.id;
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                object.worker = message.worker;
            if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                object.host = message.host;
            if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                object.pid = message.pid;
            if (message.busy != null && $Object.hasOwnProperty.call(message, "busy"))
                object.busy = message.busy;
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            if (message.codeHash != null && $Object.hasOwnProperty.call(message, "codeHash"))
                object.codeHash = message.codeHash;
            return object;
        };

        /**
         * Converts this WorkerHello to JSON.
         * @function toJSON
         * @memberof irqscale.WorkerHello
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        WorkerHello.prototype.toJSON = function() {
            return WorkerHello.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for WorkerHello
         * @function getTypeUrl
         * @memberof irqscale.WorkerHello
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        WorkerHello.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.WorkerHello";
        };

        return WorkerHello;
    })();

    irqscale.Claim = (function() {

        /**
         * Properties of a Claim.
         * @typedef {Object} irqscale.Claim.$Properties
         * @property {string|null} [runId] Claim runId
         * @property {string|null} [coordinator] Claim coordinator
         * @property {number|null} [ttlMs] Claim ttlMs
         * @property {string|null} [token] Claim token
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Claim.
         * @memberof irqscale
         * @interface IClaim
         * @augments irqscale.Claim.$Properties
         * @deprecated Use irqscale.Claim.$Properties instead.
         */

        /**
         * Shape of a Claim.
         * @typedef {irqscale.Claim.$Properties} irqscale.Claim.$Shape
         */

        /**
         * Constructs a new Claim.
         * @memberof irqscale
         * @classdesc Represents a Claim.
         * @constructor
         * @param {irqscale.Claim.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Claim = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Claim runId.
         * @member {string} runId
         * @memberof irqscale.Claim
         * @instance
         */
        Claim.prototype.runId = "";

        /**
         * Claim coordinator.
         * @member {string} coordinator
         * @memberof irqscale.Claim
         * @instance
         */
        Claim.prototype.coordinator = "";

        /**
         * Claim ttlMs.
         * @member {number} ttlMs
         * @memberof irqscale.Claim
         * @instance
         */
        Claim.prototype.ttlMs = 0;

        /**
         * Claim token.
         * @member {string} token
         * @memberof irqscale.Claim
         * @instance
         */
        Claim.prototype.token = "";

        /**
         * Creates a new Claim instance using the specified properties.
         * @function create
         * @memberof irqscale.Claim
         * @static
         * @param {irqscale.Claim.$Properties=} [properties] Properties to set
         * @returns {irqscale.Claim} Claim instance
         * @type {{
         *   (properties: irqscale.Claim.$Shape): irqscale.Claim & irqscale.Claim.$Shape;
         *   (properties?: irqscale.Claim.$Properties): irqscale.Claim;
         * }}
         */
        Claim.create = function(properties) {
            return new Claim(properties);
        };

        /**
         * Encodes the specified Claim message. Does not implicitly {@link irqscale.Claim.verify|verify} messages.
         * @function encode
         * @memberof irqscale.Claim
         * @static
         * @param {irqscale.Claim.$Properties} message Claim message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Claim.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
            if (message.coordinator != null && $Object.hasOwnProperty.call(message, "coordinator") && message.coordinator !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.coordinator);
            if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs") && !$Object.is(message.ttlMs, 0))
                writer.uint32(/* id 3, wireType 1 =*/25).double(message.ttlMs);
            if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                writer.uint32(/* id 40, wireType 2 =*/322).string(message.token);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Claim message, length delimited. Does not implicitly {@link irqscale.Claim.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.Claim
         * @static
         * @param {irqscale.Claim.$Properties} message Claim message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Claim.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Claim message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.Claim
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.Claim & irqscale.Claim.$Shape} Claim
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Claim.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.Claim();
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
                            message.coordinator = value;
                        else
                            delete message.coordinator;
                        continue;
                    }
                case 3: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.ttlMs = value;
                        else
                            delete message.ttlMs;
                        continue;
                    }
                case 40: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.token = value;
                        else
                            delete message.token;
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
         * Decodes a Claim message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.Claim
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.Claim & irqscale.Claim.$Shape} Claim
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Claim.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Claim message.
         * @function verify
         * @memberof irqscale.Claim
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Claim.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                if (!$util.isString(message.runId))
                    return "runId: string expected";
            if (message.coordinator != null && $Object.hasOwnProperty.call(message, "coordinator"))
                if (!$util.isString(message.coordinator))
                    return "coordinator: string expected";
            if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs"))
                if (typeof message.ttlMs !== "number")
                    return "ttlMs: number expected";
            if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                if (!$util.isString(message.token))
                    return "token: string expected";
            return null;
        };

        /**
         * Creates a Claim message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.Claim
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.Claim} Claim
         */
        Claim.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.Claim)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.Claim: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.Claim();
            if (object.runId != null)
                if (typeof object.runId !== "string" || object.runId.length)
                    message.runId = $String(object.runId);
            if (object.coordinator != null)
                if (typeof object.coordinator !== "string" || object.coordinator.length)
                    message.coordinator = $String(object.coordinator);
            if (object.ttlMs != null)
                if (!$Object.is($Number(object.ttlMs), 0))
                    message.ttlMs = $Number(object.ttlMs);
            if (object.token != null)
                if (typeof object.token !== "string" || object.token.length)
                    message.token = $String(object.token);
            return message;
        };

        /**
         * Creates a plain object from a Claim message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.Claim
         * @static
         * @param {irqscale.Claim} message Claim
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Claim.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.runId = "";
                object.coordinator = "";
                object.ttlMs = 0;
                object.token = "";
            }
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                object.runId = message.runId;
            if (message.coordinator != null && $Object.hasOwnProperty.call(message, "coordinator"))
                object.coordinator = message.coordinator;
            if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs"))
                object.ttlMs = options.json && !$isFinite(message.ttlMs) ? $String(message.ttlMs) : message.ttlMs;
            if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                object.token = message.token;
            return object;
        };

        /**
         * Converts this Claim to JSON.
         * @function toJSON
         * @memberof irqscale.Claim
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Claim.prototype.toJSON = function() {
            return Claim.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Claim
         * @function getTypeUrl
         * @memberof irqscale.Claim
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Claim.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.Claim";
        };

        return Claim;
    })();

    irqscale.ClaimReply = (function() {

        /**
         * Properties of a ClaimReply.
         * @typedef {Object} irqscale.ClaimReply.$Properties
         * @property {boolean|null} [ok] ClaimReply ok
         * @property {string|null} [reason] ClaimReply reason
         * @property {string|null} [worker] ClaimReply worker
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ClaimReply.
         * @memberof irqscale
         * @interface IClaimReply
         * @augments irqscale.ClaimReply.$Properties
         * @deprecated Use irqscale.ClaimReply.$Properties instead.
         */

        /**
         * Shape of a ClaimReply.
         * @typedef {irqscale.ClaimReply.$Properties} irqscale.ClaimReply.$Shape
         */

        /**
         * Constructs a new ClaimReply.
         * @memberof irqscale
         * @classdesc Represents a ClaimReply.
         * @constructor
         * @param {irqscale.ClaimReply.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ClaimReply = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ClaimReply ok.
         * @member {boolean} ok
         * @memberof irqscale.ClaimReply
         * @instance
         */
        ClaimReply.prototype.ok = false;

        /**
         * ClaimReply reason.
         * @member {string} reason
         * @memberof irqscale.ClaimReply
         * @instance
         */
        ClaimReply.prototype.reason = "";

        /**
         * ClaimReply worker.
         * @member {string} worker
         * @memberof irqscale.ClaimReply
         * @instance
         */
        ClaimReply.prototype.worker = "";

        /**
         * Creates a new ClaimReply instance using the specified properties.
         * @function create
         * @memberof irqscale.ClaimReply
         * @static
         * @param {irqscale.ClaimReply.$Properties=} [properties] Properties to set
         * @returns {irqscale.ClaimReply} ClaimReply instance
         * @type {{
         *   (properties: irqscale.ClaimReply.$Shape): irqscale.ClaimReply & irqscale.ClaimReply.$Shape;
         *   (properties?: irqscale.ClaimReply.$Properties): irqscale.ClaimReply;
         * }}
         */
        ClaimReply.create = function(properties) {
            return new ClaimReply(properties);
        };

        /**
         * Encodes the specified ClaimReply message. Does not implicitly {@link irqscale.ClaimReply.verify|verify} messages.
         * @function encode
         * @memberof irqscale.ClaimReply
         * @static
         * @param {irqscale.ClaimReply.$Properties} message ClaimReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClaimReply.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.ok);
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker") && message.worker !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.worker);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ClaimReply message, length delimited. Does not implicitly {@link irqscale.ClaimReply.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.ClaimReply
         * @static
         * @param {irqscale.ClaimReply.$Properties} message ClaimReply message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClaimReply.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ClaimReply message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.ClaimReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.ClaimReply & irqscale.ClaimReply.$Shape} ClaimReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClaimReply.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.ClaimReply();
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
                        if (value = reader.bool())
                            message.ok = value;
                        else
                            delete message.ok;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.reason = value;
                        else
                            delete message.reason;
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
         * Decodes a ClaimReply message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.ClaimReply
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.ClaimReply & irqscale.ClaimReply.$Shape} ClaimReply
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClaimReply.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ClaimReply message.
         * @function verify
         * @memberof irqscale.ClaimReply
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ClaimReply.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                if (typeof message.ok !== "boolean")
                    return "ok: boolean expected";
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                if (!$util.isString(message.reason))
                    return "reason: string expected";
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                if (!$util.isString(message.worker))
                    return "worker: string expected";
            return null;
        };

        /**
         * Creates a ClaimReply message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.ClaimReply
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.ClaimReply} ClaimReply
         */
        ClaimReply.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.ClaimReply)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.ClaimReply: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.ClaimReply();
            if (object.ok != null)
                if (object.ok)
                    message.ok = $Boolean(object.ok);
            if (object.reason != null)
                if (typeof object.reason !== "string" || object.reason.length)
                    message.reason = $String(object.reason);
            if (object.worker != null)
                if (typeof object.worker !== "string" || object.worker.length)
                    message.worker = $String(object.worker);
            return message;
        };

        /**
         * Creates a plain object from a ClaimReply message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.ClaimReply
         * @static
         * @param {irqscale.ClaimReply} message ClaimReply
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ClaimReply.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.ok = false;
                object.reason = "";
                object.worker = "";
            }
            if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                object.ok = message.ok;
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                object.reason = message.reason;
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                object.worker = message.worker;
            return object;
        };

        /**
         * Converts this ClaimReply to JSON.
         * @function toJSON
         * @memberof irqscale.ClaimReply
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ClaimReply.prototype.toJSON = function() {
            return ClaimReply.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ClaimReply
         * @function getTypeUrl
         * @memberof irqscale.ClaimReply
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ClaimReply.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.ClaimReply";
        };

        return ClaimReply;
    })();

    irqscale.RunReady = (function() {

        /**
         * Properties of a RunReady.
         * @typedef {Object} irqscale.RunReady.$Properties
         * @property {string|null} [runId] RunReady runId
         * @property {string|null} [worker] RunReady worker
         * @property {boolean|null} [ok] RunReady ok
         * @property {string|null} [error] RunReady error
         * @property {boolean|null} [configError] RunReady configError
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RunReady.
         * @memberof irqscale
         * @interface IRunReady
         * @augments irqscale.RunReady.$Properties
         * @deprecated Use irqscale.RunReady.$Properties instead.
         */

        /**
         * Shape of a RunReady.
         * @typedef {irqscale.RunReady.$Properties} irqscale.RunReady.$Shape
         */

        /**
         * Constructs a new RunReady.
         * @memberof irqscale
         * @classdesc Represents a RunReady.
         * @constructor
         * @param {irqscale.RunReady.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RunReady = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RunReady runId.
         * @member {string} runId
         * @memberof irqscale.RunReady
         * @instance
         */
        RunReady.prototype.runId = "";

        /**
         * RunReady worker.
         * @member {string} worker
         * @memberof irqscale.RunReady
         * @instance
         */
        RunReady.prototype.worker = "";

        /**
         * RunReady ok.
         * @member {boolean} ok
         * @memberof irqscale.RunReady
         * @instance
         */
        RunReady.prototype.ok = false;

        /**
         * RunReady error.
         * @member {string} error
         * @memberof irqscale.RunReady
         * @instance
         */
        RunReady.prototype.error = "";

        /**
         * RunReady configError.
         * @member {boolean} configError
         * @memberof irqscale.RunReady
         * @instance
         */
        RunReady.prototype.configError = false;

        /**
         * Creates a new RunReady instance using the specified properties.
         * @function create
         * @memberof irqscale.RunReady
         * @static
         * @param {irqscale.RunReady.$Properties=} [properties] Properties to set
         * @returns {irqscale.RunReady} RunReady instance
         * @type {{
         *   (properties: irqscale.RunReady.$Shape): irqscale.RunReady & irqscale.RunReady.$Shape;
         *   (properties?: irqscale.RunReady.$Properties): irqscale.RunReady;
         * }}
         */
        RunReady.create = function(properties) {
            return new RunReady(properties);
        };

        /**
         * Encodes the specified RunReady message. Does not implicitly {@link irqscale.RunReady.verify|verify} messages.
         * @function encode
         * @memberof irqscale.RunReady
         * @static
         * @param {irqscale.RunReady.$Properties} message RunReady message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RunReady.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker") && message.worker !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.worker);
            if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.ok);
            if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.error);
            if (message.configError != null && $Object.hasOwnProperty.call(message, "configError") && message.configError !== false)
                writer.uint32(/* id 5, wireType 0 =*/40).bool(message.configError);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified RunReady message, length delimited. Does not implicitly {@link irqscale.RunReady.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.RunReady
         * @static
         * @param {irqscale.RunReady.$Properties} message RunReady message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RunReady.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a RunReady message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.RunReady
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.RunReady & irqscale.RunReady.$Shape} RunReady
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RunReady.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.RunReady();
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
                            message.worker = value;
                        else
                            delete message.worker;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.ok = value;
                        else
                            delete message.ok;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.error = value;
                        else
                            delete message.error;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.configError = value;
                        else
                            delete message.configError;
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
         * Decodes a RunReady message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.RunReady
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.RunReady & irqscale.RunReady.$Shape} RunReady
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RunReady.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a RunReady message.
         * @function verify
         * @memberof irqscale.RunReady
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RunReady.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                if (!$util.isString(message.runId))
                    return "runId: string expected";
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                if (!$util.isString(message.worker))
                    return "worker: string expected";
            if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                if (typeof message.ok !== "boolean")
                    return "ok: boolean expected";
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                if (!$util.isString(message.error))
                    return "error: string expected";
            if (message.configError != null && $Object.hasOwnProperty.call(message, "configError"))
                if (typeof message.configError !== "boolean")
                    return "configError: boolean expected";
            return null;
        };

        /**
         * Creates a RunReady message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.RunReady
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.RunReady} RunReady
         */
        RunReady.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.RunReady)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.RunReady: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.RunReady();
            if (object.runId != null)
                if (typeof object.runId !== "string" || object.runId.length)
                    message.runId = $String(object.runId);
            if (object.worker != null)
                if (typeof object.worker !== "string" || object.worker.length)
                    message.worker = $String(object.worker);
            if (object.ok != null)
                if (object.ok)
                    message.ok = $Boolean(object.ok);
            if (object.error != null)
                if (typeof object.error !== "string" || object.error.length)
                    message.error = $String(object.error);
            if (object.configError != null)
                if (object.configError)
                    message.configError = $Boolean(object.configError);
            return message;
        };

        /**
         * Creates a plain object from a RunReady message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.RunReady
         * @static
         * @param {irqscale.RunReady} message RunReady
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RunReady.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.runId = "";
                object.worker = "";
                object.ok = false;
                object.error = "";
                object.configError = false;
            }
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                object.runId = message.runId;
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                object.worker = message.worker;
            if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                object.ok = message.ok;
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                object.error = message.error;
            if (message.configError != null && $Object.hasOwnProperty.call(message, "configError"))
                object.configError = message.configError;
            return object;
        };

        /**
         * Converts this RunReady to JSON.
         * @function toJSON
         * @memberof irqscale.RunReady
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RunReady.prototype.toJSON = function() {
            return RunReady.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for RunReady
         * @function getTypeUrl
         * @memberof irqscale.RunReady
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        RunReady.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.RunReady";
        };

        return RunReady;
    })();

    irqscale.Release = (function() {

        /**
         * Properties of a Release.
         * @typedef {Object} irqscale.Release.$Properties
         * @property {string|null} [runId] Release runId
         * @property {string|null} [token] Release token
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Release.
         * @memberof irqscale
         * @interface IRelease
         * @augments irqscale.Release.$Properties
         * @deprecated Use irqscale.Release.$Properties instead.
         */

        /**
         * Shape of a Release.
         * @typedef {irqscale.Release.$Properties} irqscale.Release.$Shape
         */

        /**
         * Constructs a new Release.
         * @memberof irqscale
         * @classdesc Represents a Release.
         * @constructor
         * @param {irqscale.Release.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Release = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Release runId.
         * @member {string} runId
         * @memberof irqscale.Release
         * @instance
         */
        Release.prototype.runId = "";

        /**
         * Release token.
         * @member {string} token
         * @memberof irqscale.Release
         * @instance
         */
        Release.prototype.token = "";

        /**
         * Creates a new Release instance using the specified properties.
         * @function create
         * @memberof irqscale.Release
         * @static
         * @param {irqscale.Release.$Properties=} [properties] Properties to set
         * @returns {irqscale.Release} Release instance
         * @type {{
         *   (properties: irqscale.Release.$Shape): irqscale.Release & irqscale.Release.$Shape;
         *   (properties?: irqscale.Release.$Properties): irqscale.Release;
         * }}
         */
        Release.create = function(properties) {
            return new Release(properties);
        };

        /**
         * Encodes the specified Release message. Does not implicitly {@link irqscale.Release.verify|verify} messages.
         * @function encode
         * @memberof irqscale.Release
         * @static
         * @param {irqscale.Release.$Properties} message Release message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Release.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
            if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                writer.uint32(/* id 40, wireType 2 =*/322).string(message.token);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Release message, length delimited. Does not implicitly {@link irqscale.Release.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.Release
         * @static
         * @param {irqscale.Release.$Properties} message Release message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Release.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Release message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.Release
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.Release & irqscale.Release.$Shape} Release
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Release.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.Release();
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
                case 40: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.token = value;
                        else
                            delete message.token;
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
         * Decodes a Release message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.Release
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.Release & irqscale.Release.$Shape} Release
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Release.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Release message.
         * @function verify
         * @memberof irqscale.Release
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Release.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                if (!$util.isString(message.runId))
                    return "runId: string expected";
            if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                if (!$util.isString(message.token))
                    return "token: string expected";
            return null;
        };

        /**
         * Creates a Release message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.Release
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.Release} Release
         */
        Release.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.Release)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.Release: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.Release();
            if (object.runId != null)
                if (typeof object.runId !== "string" || object.runId.length)
                    message.runId = $String(object.runId);
            if (object.token != null)
                if (typeof object.token !== "string" || object.token.length)
                    message.token = $String(object.token);
            return message;
        };

        /**
         * Creates a plain object from a Release message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.Release
         * @static
         * @param {irqscale.Release} message Release
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Release.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.runId = "";
                object.token = "";
            }
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                object.runId = message.runId;
            if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                object.token = message.token;
            return object;
        };

        /**
         * Converts this Release to JSON.
         * @function toJSON
         * @memberof irqscale.Release
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Release.prototype.toJSON = function() {
            return Release.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Release
         * @function getTypeUrl
         * @memberof irqscale.Release
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Release.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.Release";
        };

        return Release;
    })();

    irqscale.WorkerReport = (function() {

        /**
         * Properties of a WorkerReport.
         * @typedef {Object} irqscale.WorkerReport.$Properties
         * @property {string|null} [runId] WorkerReport runId
         * @property {string|null} [worker] WorkerReport worker
         * @property {Array.<number>|null} [partitions] WorkerReport partitions
         * @property {number|null} [busyMs] WorkerReport busyMs
         * @property {number|null} [bytesSent] WorkerReport bytesSent
         * @property {number|null} [messagesSent] WorkerReport messagesSent
         * @property {number|null} [wallMs] WorkerReport wallMs
         * @property {number|null} [cpuMs] WorkerReport cpuMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WorkerReport.
         * @memberof irqscale
         * @interface IWorkerReport
         * @augments irqscale.WorkerReport.$Properties
         * @deprecated Use irqscale.WorkerReport.$Properties instead.
         */

        /**
         * Shape of a WorkerReport.
         * @typedef {irqscale.WorkerReport.$Properties} irqscale.WorkerReport.$Shape
         */

        /**
         * Constructs a new WorkerReport.
         * @memberof irqscale
         * @classdesc Represents a WorkerReport.
         * @constructor
         * @param {irqscale.WorkerReport.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WorkerReport = function (properties) {
            this.partitions = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * WorkerReport runId.
         * @member {string} runId
         * @memberof irqscale.WorkerReport
         * @instance
         */
        WorkerReport.prototype.runId = "";

        /**
         * WorkerReport worker.
         * @member {string} worker
         * @memberof irqscale.WorkerReport
         * @instance
         */
        WorkerReport.prototype.worker = "";

        /**
         * WorkerReport partitions.
         * @member {Array.<number>} partitions
         * @memberof irqscale.WorkerReport
         * @instance
         */
        WorkerReport.prototype.partitions = $util.emptyArray;

        /**
         * WorkerReport busyMs.
         * @member {number} busyMs
         * @memberof irqscale.WorkerReport
         * @instance
         */
        WorkerReport.prototype.busyMs = 0;

        /**
         * WorkerReport bytesSent.
         * @member {number} bytesSent
         * @memberof irqscale.WorkerReport
         * @instance
         */
        WorkerReport.prototype.bytesSent = 0;

        /**
         * WorkerReport messagesSent.
         * @member {number} messagesSent
         * @memberof irqscale.WorkerReport
         * @instance
         */
        WorkerReport.prototype.messagesSent = 0;

        /**
         * WorkerReport wallMs.
         * @member {number} wallMs
         * @memberof irqscale.WorkerReport
         * @instance
         */
        WorkerReport.prototype.wallMs = 0;

        /**
         * WorkerReport cpuMs.
         * @member {number} cpuMs
         * @memberof irqscale.WorkerReport
         * @instance
         */
        WorkerReport.prototype.cpuMs = 0;

        /**
         * Creates a new WorkerReport instance using the specified properties.
         * @function create
         * @memberof irqscale.WorkerReport
         * @static
         * @param {irqscale.WorkerReport.$Properties=} [properties] Properties to set
         * @returns {irqscale.WorkerReport} WorkerReport instance
         * @type {{
         *   (properties: irqscale.WorkerReport.$Shape): irqscale.WorkerReport & irqscale.WorkerReport.$Shape;
         *   (properties?: irqscale.WorkerReport.$Properties): irqscale.WorkerReport;
         * }}
         */
        WorkerReport.create = function(properties) {
            return new WorkerReport(properties);
        };

        /**
         * Encodes the specified WorkerReport message. Does not implicitly {@link irqscale.WorkerReport.verify|verify} messages.
         * @function encode
         * @memberof irqscale.WorkerReport
         * @static
         * @param {irqscale.WorkerReport.$Properties} message WorkerReport message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WorkerReport.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker") && message.worker !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.worker);
            if (message.partitions != null && message.partitions.length)
                writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.partitions);
            if (message.busyMs != null && $Object.hasOwnProperty.call(message, "busyMs") && !$Object.is(message.busyMs, 0))
                writer.uint32(/* id 4, wireType 1 =*/33).double(message.busyMs);
            if (message.bytesSent != null && $Object.hasOwnProperty.call(message, "bytesSent") && !$Object.is(message.bytesSent, 0))
                writer.uint32(/* id 5, wireType 1 =*/41).double(message.bytesSent);
            if (message.messagesSent != null && $Object.hasOwnProperty.call(message, "messagesSent") && !$Object.is(message.messagesSent, 0))
                writer.uint32(/* id 6, wireType 1 =*/49).double(message.messagesSent);
            if (message.wallMs != null && $Object.hasOwnProperty.call(message, "wallMs") && !$Object.is(message.wallMs, 0))
                writer.uint32(/* id 7, wireType 1 =*/57).double(message.wallMs);
            if (message.cpuMs != null && $Object.hasOwnProperty.call(message, "cpuMs") && !$Object.is(message.cpuMs, 0))
                writer.uint32(/* id 8, wireType 1 =*/65).double(message.cpuMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified WorkerReport message, length delimited. Does not implicitly {@link irqscale.WorkerReport.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.WorkerReport
         * @static
         * @param {irqscale.WorkerReport.$Properties} message WorkerReport message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WorkerReport.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a WorkerReport message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.WorkerReport
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.WorkerReport & irqscale.WorkerReport.$Shape} WorkerReport
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WorkerReport.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.WorkerReport();
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
                            message.worker = value;
                        else
                            delete message.worker;
                        continue;
                    }
                case 3: {
                        if (wireType === 2) {
                            if (!(message.partitions && message.partitions.length))
                                message.partitions = [];
                            reader.uint32s(message.partitions);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.partitions && message.partitions.length))
                            message.partitions = [];
                        message.partitions.push(reader.uint32());
                        continue;
                    }
                case 4: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.busyMs = value;
                        else
                            delete message.busyMs;
                        continue;
                    }
                case 5: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.bytesSent = value;
                        else
                            delete message.bytesSent;
                        continue;
                    }
                case 6: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.messagesSent = value;
                        else
                            delete message.messagesSent;
                        continue;
                    }
                case 7: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.wallMs = value;
                        else
                            delete message.wallMs;
                        continue;
                    }
                case 8: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.cpuMs = value;
                        else
                            delete message.cpuMs;
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
         * Decodes a WorkerReport message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.WorkerReport
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.WorkerReport & irqscale.WorkerReport.$Shape} WorkerReport
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WorkerReport.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a WorkerReport message.
         * @function verify
         * @memberof irqscale.WorkerReport
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        WorkerReport.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                if (!$util.isString(message.runId))
                    return "runId: string expected";
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                if (!$util.isString(message.worker))
                    return "worker: string expected";
            if (message.partitions != null && $Object.hasOwnProperty.call(message, "partitions")) {
                if (!$Array.isArray(message.partitions))
                    return "partitions: array expected";
                for (let i = 0; i < message.partitions.length; ++i)
                    if (!$util.isInteger(message.partitions[i]))
                        return "partitions: integer[] expected";
            }
            if (message.busyMs != null && $Object.hasOwnProperty.call(message, "busyMs"))
                if (typeof message.busyMs !== "number")
                    return "busyMs: number expected";
            if (message.bytesSent != null && $Object.hasOwnProperty.call(message, "bytesSent"))
                if (typeof message.bytesSent !== "number")
                    return "bytesSent: number expected";
            if (message.messagesSent != null && $Object.hasOwnProperty.call(message, "messagesSent"))
                if (typeof message.messagesSent !== "number")
                    return "messagesSent: number expected";
            if (message.wallMs != null && $Object.hasOwnProperty.call(message, "wallMs"))
                if (typeof message.wallMs !== "number")
                    return "wallMs: number expected";
            if (message.cpuMs != null && $Object.hasOwnProperty.call(message, "cpuMs"))
                if (typeof message.cpuMs !== "number")
                    return "cpuMs: number expected";
            return null;
        };

        /**
         * Creates a WorkerReport message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.WorkerReport
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.WorkerReport} WorkerReport
         */
        WorkerReport.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.WorkerReport)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.WorkerReport: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.WorkerReport();
            if (object.runId != null)
                if (typeof object.runId !== "string" || object.runId.length)
                    message.runId = $String(object.runId);
            if (object.worker != null)
                if (typeof object.worker !== "string" || object.worker.length)
                    message.worker = $String(object.worker);
            if (object.partitions) {
                if (!$Array.isArray(object.partitions))
                    throw $TypeError(".irqscale.WorkerReport.partitions: array expected");
                message.partitions = $Array(object.partitions.length);
                for (let i = 0; i < object.partitions.length; ++i)
                    message.partitions[i] = object.partitions[i] >>> 0;
            }
            if (object.busyMs != null)
                if (!$Object.is($Number(object.busyMs), 0))
                    message.busyMs = $Number(object.busyMs);
            if (object.bytesSent != null)
                if (!$Object.is($Number(object.bytesSent), 0))
                    message.bytesSent = $Number(object.bytesSent);
            if (object.messagesSent != null)
                if (!$Object.is($Number(object.messagesSent), 0))
                    message.messagesSent = $Number(object.messagesSent);
            if (object.wallMs != null)
                if (!$Object.is($Number(object.wallMs), 0))
                    message.wallMs = $Number(object.wallMs);
            if (object.cpuMs != null)
                if (!$Object.is($Number(object.cpuMs), 0))
                    message.cpuMs = $Number(object.cpuMs);
            return message;
        };

        /**
         * Creates a plain object from a WorkerReport message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.WorkerReport
         * @static
         * @param {irqscale.WorkerReport} message WorkerReport
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        WorkerReport.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.partitions = [];
            if (options.defaults) {
                object.runId = "";
                object.worker = "";
                object.busyMs = 0;
                object.bytesSent = 0;
                object.messagesSent = 0;
                object.wallMs = 0;
                object.cpuMs = 0;
            }
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                object.runId = message.runId;
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                object.worker = message.worker;
            if (message.partitions && message.partitions.length) {
                object.partitions = $Array(message.partitions.length);
                for (let j = 0; j < message.partitions.length; ++j)
                    object.partitions[j] = message.partitions[j];
            }
            if (message.busyMs != null && $Object.hasOwnProperty.call(message, "busyMs"))
                object.busyMs = options.json && !$isFinite(message.busyMs) ? $String(message.busyMs) : message.busyMs;
            if (message.bytesSent != null && $Object.hasOwnProperty.call(message, "bytesSent"))
                object.bytesSent = options.json && !$isFinite(message.bytesSent) ? $String(message.bytesSent) : message.bytesSent;
            if (message.messagesSent != null && $Object.hasOwnProperty.call(message, "messagesSent"))
                object.messagesSent = options.json && !$isFinite(message.messagesSent) ? $String(message.messagesSent) : message.messagesSent;
            if (message.wallMs != null && $Object.hasOwnProperty.call(message, "wallMs"))
                object.wallMs = options.json && !$isFinite(message.wallMs) ? $String(message.wallMs) : message.wallMs;
            if (message.cpuMs != null && $Object.hasOwnProperty.call(message, "cpuMs"))
                object.cpuMs = options.json && !$isFinite(message.cpuMs) ? $String(message.cpuMs) : message.cpuMs;
            return object;
        };

        /**
         * Converts this WorkerReport to JSON.
         * @function toJSON
         * @memberof irqscale.WorkerReport
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        WorkerReport.prototype.toJSON = function() {
            return WorkerReport.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for WorkerReport
         * @function getTypeUrl
         * @memberof irqscale.WorkerReport
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        WorkerReport.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.WorkerReport";
        };

        return WorkerReport;
    })();

    irqscale.LivenessBeat = (function() {

        /**
         * Properties of a LivenessBeat.
         * @typedef {Object} irqscale.LivenessBeat.$Properties
         * @property {string|null} [runId] LivenessBeat runId
         * @property {string|null} [token] LivenessBeat token
         * @property {number|null} [seq] LivenessBeat seq
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LivenessBeat.
         * @memberof irqscale
         * @interface ILivenessBeat
         * @augments irqscale.LivenessBeat.$Properties
         * @deprecated Use irqscale.LivenessBeat.$Properties instead.
         */

        /**
         * Shape of a LivenessBeat.
         * @typedef {irqscale.LivenessBeat.$Properties} irqscale.LivenessBeat.$Shape
         */

        /**
         * Constructs a new LivenessBeat.
         * @memberof irqscale
         * @classdesc Represents a LivenessBeat.
         * @constructor
         * @param {irqscale.LivenessBeat.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LivenessBeat = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * LivenessBeat runId.
         * @member {string} runId
         * @memberof irqscale.LivenessBeat
         * @instance
         */
        LivenessBeat.prototype.runId = "";

        /**
         * LivenessBeat token.
         * @member {string} token
         * @memberof irqscale.LivenessBeat
         * @instance
         */
        LivenessBeat.prototype.token = "";

        /**
         * LivenessBeat seq.
         * @member {number} seq
         * @memberof irqscale.LivenessBeat
         * @instance
         */
        LivenessBeat.prototype.seq = 0;

        /**
         * Creates a new LivenessBeat instance using the specified properties.
         * @function create
         * @memberof irqscale.LivenessBeat
         * @static
         * @param {irqscale.LivenessBeat.$Properties=} [properties] Properties to set
         * @returns {irqscale.LivenessBeat} LivenessBeat instance
         * @type {{
         *   (properties: irqscale.LivenessBeat.$Shape): irqscale.LivenessBeat & irqscale.LivenessBeat.$Shape;
         *   (properties?: irqscale.LivenessBeat.$Properties): irqscale.LivenessBeat;
         * }}
         */
        LivenessBeat.create = function(properties) {
            return new LivenessBeat(properties);
        };

        /**
         * Encodes the specified LivenessBeat message. Does not implicitly {@link irqscale.LivenessBeat.verify|verify} messages.
         * @function encode
         * @memberof irqscale.LivenessBeat
         * @static
         * @param {irqscale.LivenessBeat.$Properties} message LivenessBeat message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LivenessBeat.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
            if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.token);
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.seq);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified LivenessBeat message, length delimited. Does not implicitly {@link irqscale.LivenessBeat.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.LivenessBeat
         * @static
         * @param {irqscale.LivenessBeat.$Properties} message LivenessBeat message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LivenessBeat.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a LivenessBeat message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.LivenessBeat
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.LivenessBeat & irqscale.LivenessBeat.$Shape} LivenessBeat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LivenessBeat.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.LivenessBeat();
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
                            message.token = value;
                        else
                            delete message.token;
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
         * Decodes a LivenessBeat message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.LivenessBeat
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.LivenessBeat & irqscale.LivenessBeat.$Shape} LivenessBeat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LivenessBeat.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a LivenessBeat message.
         * @function verify
         * @memberof irqscale.LivenessBeat
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        LivenessBeat.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                if (!$util.isString(message.runId))
                    return "runId: string expected";
            if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                if (!$util.isString(message.token))
                    return "token: string expected";
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                if (!$util.isInteger(message.seq))
                    return "seq: integer expected";
            return null;
        };

        /**
         * Creates a LivenessBeat message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.LivenessBeat
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.LivenessBeat} LivenessBeat
         */
        LivenessBeat.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.LivenessBeat)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.LivenessBeat: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.LivenessBeat();
            if (object.runId != null)
                if (typeof object.runId !== "string" || object.runId.length)
                    message.runId = $String(object.runId);
            if (object.token != null)
                if (typeof object.token !== "string" || object.token.length)
                    message.token = $String(object.token);
            if (object.seq != null)
                if ($Number(object.seq) !== 0)
                    message.seq = object.seq >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a LivenessBeat message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.LivenessBeat
         * @static
         * @param {irqscale.LivenessBeat} message LivenessBeat
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        LivenessBeat.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.runId = "";
                object.token = "";
                object.seq = 0;
            }
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                object.runId = message.runId;
            if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                object.token = message.token;
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                object.seq = message.seq;
            return object;
        };

        /**
         * Converts this LivenessBeat to JSON.
         * @function toJSON
         * @memberof irqscale.LivenessBeat
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        LivenessBeat.prototype.toJSON = function() {
            return LivenessBeat.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for LivenessBeat
         * @function getTypeUrl
         * @memberof irqscale.LivenessBeat
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        LivenessBeat.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.LivenessBeat";
        };

        return LivenessBeat;
    })();

    irqscale.LivenessAck = (function() {

        /**
         * Properties of a LivenessAck.
         * @typedef {Object} irqscale.LivenessAck.$Properties
         * @property {string|null} [runId] LivenessAck runId
         * @property {string|null} [token] LivenessAck token
         * @property {number|null} [seq] LivenessAck seq
         * @property {string|null} [worker] LivenessAck worker
         * @property {string|null} [workerId] LivenessAck workerId
         * @property {number|null} [window] LivenessAck window
         * @property {boolean|null} [waiting] LivenessAck waiting
         * @property {number|null} [waitingMs] LivenessAck waitingMs
         * @property {boolean|null} [done] LivenessAck done
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LivenessAck.
         * @memberof irqscale
         * @interface ILivenessAck
         * @augments irqscale.LivenessAck.$Properties
         * @deprecated Use irqscale.LivenessAck.$Properties instead.
         */

        /**
         * Shape of a LivenessAck.
         * @typedef {irqscale.LivenessAck.$Properties} irqscale.LivenessAck.$Shape
         */

        /**
         * Constructs a new LivenessAck.
         * @memberof irqscale
         * @classdesc Represents a LivenessAck.
         * @constructor
         * @param {irqscale.LivenessAck.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LivenessAck = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * LivenessAck runId.
         * @member {string} runId
         * @memberof irqscale.LivenessAck
         * @instance
         */
        LivenessAck.prototype.runId = "";

        /**
         * LivenessAck token.
         * @member {string} token
         * @memberof irqscale.LivenessAck
         * @instance
         */
        LivenessAck.prototype.token = "";

        /**
         * LivenessAck seq.
         * @member {number} seq
         * @memberof irqscale.LivenessAck
         * @instance
         */
        LivenessAck.prototype.seq = 0;

        /**
         * LivenessAck worker.
         * @member {string} worker
         * @memberof irqscale.LivenessAck
         * @instance
         */
        LivenessAck.prototype.worker = "";

        /**
         * LivenessAck workerId.
         * @member {string} workerId
         * @memberof irqscale.LivenessAck
         * @instance
         */
        LivenessAck.prototype.workerId = "";

        /**
         * LivenessAck window.
         * @member {number} window
         * @memberof irqscale.LivenessAck
         * @instance
         */
        LivenessAck.prototype.window = 0;

        /**
         * LivenessAck waiting.
         * @member {boolean} waiting
         * @memberof irqscale.LivenessAck
         * @instance
         */
        LivenessAck.prototype.waiting = false;

        /**
         * LivenessAck waitingMs.
         * @member {number} waitingMs
         * @memberof irqscale.LivenessAck
         * @instance
         */
        LivenessAck.prototype.waitingMs = 0;

        /**
         * LivenessAck done.
         * @member {boolean} done
         * @memberof irqscale.LivenessAck
         * @instance
         */
        LivenessAck.prototype.done = false;

        /**
         * Creates a new LivenessAck instance using the specified properties.
         * @function create
         * @memberof irqscale.LivenessAck
         * @static
         * @param {irqscale.LivenessAck.$Properties=} [properties] Properties to set
         * @returns {irqscale.LivenessAck} LivenessAck instance
         * @type {{
         *   (properties: irqscale.LivenessAck.$Shape): irqscale.LivenessAck & irqscale.LivenessAck.$Shape;
         *   (properties?: irqscale.LivenessAck.$Properties): irqscale.LivenessAck;
         * }}
         */
        LivenessAck.create = function(properties) {
            return new LivenessAck(properties);
        };

        /**
         * Encodes the specified LivenessAck message. Does not implicitly {@link irqscale.LivenessAck.verify|verify} messages.
         * @function encode
         * @memberof irqscale.LivenessAck
         * @static
         * @param {irqscale.LivenessAck.$Properties} message LivenessAck message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LivenessAck.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
            if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.token);
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.seq);
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker") && message.worker !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.worker);
            if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId") && message.workerId !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.workerId);
            if (message.window != null && $Object.hasOwnProperty.call(message, "window") && message.window !== 0)
                writer.uint32(/* id 6, wireType 0 =*/48).int32(message.window);
            if (message.waiting != null && $Object.hasOwnProperty.call(message, "waiting") && message.waiting !== false)
                writer.uint32(/* id 7, wireType 0 =*/56).bool(message.waiting);
            if (message.waitingMs != null && $Object.hasOwnProperty.call(message, "waitingMs") && !$Object.is(message.waitingMs, 0))
                writer.uint32(/* id 8, wireType 1 =*/65).double(message.waitingMs);
            if (message.done != null && $Object.hasOwnProperty.call(message, "done") && message.done !== false)
                writer.uint32(/* id 9, wireType 0 =*/72).bool(message.done);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified LivenessAck message, length delimited. Does not implicitly {@link irqscale.LivenessAck.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.LivenessAck
         * @static
         * @param {irqscale.LivenessAck.$Properties} message LivenessAck message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LivenessAck.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a LivenessAck message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.LivenessAck
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.LivenessAck & irqscale.LivenessAck.$Shape} LivenessAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LivenessAck.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.LivenessAck();
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
                            message.token = value;
                        else
                            delete message.token;
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
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.worker = value;
                        else
                            delete message.worker;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.workerId = value;
                        else
                            delete message.workerId;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.window = value;
                        else
                            delete message.window;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.waiting = value;
                        else
                            delete message.waiting;
                        continue;
                    }
                case 8: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.waitingMs = value;
                        else
                            delete message.waitingMs;
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.done = value;
                        else
                            delete message.done;
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
         * Decodes a LivenessAck message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.LivenessAck
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.LivenessAck & irqscale.LivenessAck.$Shape} LivenessAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LivenessAck.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a LivenessAck message.
         * @function verify
         * @memberof irqscale.LivenessAck
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        LivenessAck.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                if (!$util.isString(message.runId))
                    return "runId: string expected";
            if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                if (!$util.isString(message.token))
                    return "token: string expected";
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                if (!$util.isInteger(message.seq))
                    return "seq: integer expected";
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                if (!$util.isString(message.worker))
                    return "worker: string expected";
            if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId"))
                if (!$util.isString(message.workerId))
                    return "workerId: string expected";
            if (message.window != null && $Object.hasOwnProperty.call(message, "window"))
                if (!$util.isInteger(message.window))
                    return "window: integer expected";
            if (message.waiting != null && $Object.hasOwnProperty.call(message, "waiting"))
                if (typeof message.waiting !== "boolean")
                    return "waiting: boolean expected";
            if (message.waitingMs != null && $Object.hasOwnProperty.call(message, "waitingMs"))
                if (typeof message.waitingMs !== "number")
                    return "waitingMs: number expected";
            if (message.done != null && $Object.hasOwnProperty.call(message, "done"))
                if (typeof message.done !== "boolean")
                    return "done: boolean expected";
            return null;
        };

        /**
         * Creates a LivenessAck message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.LivenessAck
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.LivenessAck} LivenessAck
         */
        LivenessAck.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.LivenessAck)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.LivenessAck: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.LivenessAck();
            if (object.runId != null)
                if (typeof object.runId !== "string" || object.runId.length)
                    message.runId = $String(object.runId);
            if (object.token != null)
                if (typeof object.token !== "string" || object.token.length)
                    message.token = $String(object.token);
            if (object.seq != null)
                if ($Number(object.seq) !== 0)
                    message.seq = object.seq >>> 0;
            if (object.worker != null)
                if (typeof object.worker !== "string" || object.worker.length)
                    message.worker = $String(object.worker);
            if (object.workerId != null)
                if (typeof object.workerId !== "string" || object.workerId.length)
                    message.workerId = $String(object.workerId);
            if (object.window != null)
                if ($Number(object.window) !== 0)
                    message.window = object.window | 0;
            if (object.waiting != null)
                if (object.waiting)
                    message.waiting = $Boolean(object.waiting);
            if (object.waitingMs != null)
                if (!$Object.is($Number(object.waitingMs), 0))
                    message.waitingMs = $Number(object.waitingMs);
            if (object.done != null)
                if (object.done)
                    message.done = $Boolean(object.done);
            return message;
        };

        /**
         * Creates a plain object from a LivenessAck message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.LivenessAck
         * @static
         * @param {irqscale.LivenessAck} message LivenessAck
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        LivenessAck.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.runId = "";
                object.token = "";
                object.seq = 0;
                object.worker = "";
                object.workerId = "";
                object.window = 0;
                object.waiting = false;
                object.waitingMs = 0;
                object.done = false;
            }
            if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                object.runId = message.runId;
            if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                object.token = message.token;
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                object.seq = message.seq;
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                object.worker = message.worker;
            if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId"))
                object.workerId = message.workerId;
            if (message.window != null && $Object.hasOwnProperty.call(message, "window"))
                object.window = message.window;
            if (message.waiting != null && $Object.hasOwnProperty.call(message, "waiting"))
                object.waiting = message.waiting;
            if (message.waitingMs != null && $Object.hasOwnProperty.call(message, "waitingMs"))
                object.waitingMs = options.json && !$isFinite(message.waitingMs) ? $String(message.waitingMs) : message.waitingMs;
            if (message.done != null && $Object.hasOwnProperty.call(message, "done"))
                object.done = message.done;
            return object;
        };

        /**
         * Converts this LivenessAck to JSON.
         * @function toJSON
         * @memberof irqscale.LivenessAck
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        LivenessAck.prototype.toJSON = function() {
            return LivenessAck.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for LivenessAck
         * @function getTypeUrl
         * @memberof irqscale.LivenessAck
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        LivenessAck.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.LivenessAck";
        };

        return LivenessAck;
    })();

    irqscale.SweepPoint = (function() {

        /**
         * Properties of a SweepPoint.
         * @typedef {Object} irqscale.SweepPoint.$Properties
         * @property {string|null} [farmId] SweepPoint farmId
         * @property {number|null} [index] SweepPoint index
         * @property {string|null} [configJson] SweepPoint configJson
         * @property {string|null} [preset] SweepPoint preset
         * @property {number|null} [partitions] SweepPoint partitions
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SweepPoint.
         * @memberof irqscale
         * @interface ISweepPoint
         * @augments irqscale.SweepPoint.$Properties
         * @deprecated Use irqscale.SweepPoint.$Properties instead.
         */

        /**
         * Shape of a SweepPoint.
         * @typedef {irqscale.SweepPoint.$Properties} irqscale.SweepPoint.$Shape
         */

        /**
         * Constructs a new SweepPoint.
         * @memberof irqscale
         * @classdesc Represents a SweepPoint.
         * @constructor
         * @param {irqscale.SweepPoint.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SweepPoint = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SweepPoint farmId.
         * @member {string} farmId
         * @memberof irqscale.SweepPoint
         * @instance
         */
        SweepPoint.prototype.farmId = "";

        /**
         * SweepPoint index.
         * @member {number} index
         * @memberof irqscale.SweepPoint
         * @instance
         */
        SweepPoint.prototype.index = 0;

        /**
         * SweepPoint configJson.
         * @member {string} configJson
         * @memberof irqscale.SweepPoint
         * @instance
         */
        SweepPoint.prototype.configJson = "";

        /**
         * SweepPoint preset.
         * @member {string} preset
         * @memberof irqscale.SweepPoint
         * @instance
         */
        SweepPoint.prototype.preset = "";

        /**
         * SweepPoint partitions.
         * @member {number} partitions
         * @memberof irqscale.SweepPoint
         * @instance
         */
        SweepPoint.prototype.partitions = 0;

        /**
         * Creates a new SweepPoint instance using the specified properties.
         * @function create
         * @memberof irqscale.SweepPoint
         * @static
         * @param {irqscale.SweepPoint.$Properties=} [properties] Properties to set
         * @returns {irqscale.SweepPoint} SweepPoint instance
         * @type {{
         *   (properties: irqscale.SweepPoint.$Shape): irqscale.SweepPoint & irqscale.SweepPoint.$Shape;
         *   (properties?: irqscale.SweepPoint.$Properties): irqscale.SweepPoint;
         * }}
         */
        SweepPoint.create = function(properties) {
            return new SweepPoint(properties);
        };

        /**
         * Encodes the specified SweepPoint message. Does not implicitly {@link irqscale.SweepPoint.verify|verify} messages.
         * @function encode
         * @memberof irqscale.SweepPoint
         * @static
         * @param {irqscale.SweepPoint.$Properties} message SweepPoint message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SweepPoint.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.farmId != null && $Object.hasOwnProperty.call(message, "farmId") && message.farmId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.farmId);
            if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.index);
            if (message.configJson != null && $Object.hasOwnProperty.call(message, "configJson") && message.configJson !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.configJson);
            if (message.preset != null && $Object.hasOwnProperty.call(message, "preset") && message.preset !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.preset);
            if (message.partitions != null && $Object.hasOwnProperty.call(message, "partitions") && message.partitions !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.partitions);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified SweepPoint message, length delimited. Does not implicitly {@link irqscale.SweepPoint.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.SweepPoint
         * @static
         * @param {irqscale.SweepPoint.$Properties} message SweepPoint message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SweepPoint.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SweepPoint message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.SweepPoint
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.SweepPoint & irqscale.SweepPoint.$Shape} SweepPoint
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SweepPoint.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.SweepPoint();
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
                            message.farmId = value;
                        else
                            delete message.farmId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.index = value;
                        else
                            delete message.index;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.configJson = value;
                        else
                            delete message.configJson;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.preset = value;
                        else
                            delete message.preset;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.partitions = value;
                        else
                            delete message.partitions;
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
         * Decodes a SweepPoint message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.SweepPoint
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.SweepPoint & irqscale.SweepPoint.$Shape} SweepPoint
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SweepPoint.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SweepPoint message.
         * @function verify
         * @memberof irqscale.SweepPoint
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SweepPoint.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.farmId != null && $Object.hasOwnProperty.call(message, "farmId"))
                if (!$util.isString(message.farmId))
                    return "farmId: string expected";
            if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                if (!$util.isInteger(message.index))
                    return "index: integer expected";
            if (message.configJson != null && $Object.hasOwnProperty.call(message, "configJson"))
                if (!$util.isString(message.configJson))
                    return "configJson: string expected";
            if (message.preset != null && $Object.hasOwnProperty.call(message, "preset"))
                if (!$util.isString(message.preset))
                    return "preset: string expected";
            if (message.partitions != null && $Object.hasOwnProperty.call(message, "partitions"))
                if (!$util.isInteger(message.partitions))
                    return "partitions: integer expected";
            return null;
        };

        /**
         * Creates a SweepPoint message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.SweepPoint
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.SweepPoint} SweepPoint
         */
        SweepPoint.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.SweepPoint)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.SweepPoint: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.SweepPoint();
            if (object.farmId != null)
                if (typeof object.farmId !== "string" || object.farmId.length)
                    message.farmId = $String(object.farmId);
            if (object.index != null)
                if ($Number(object.index) !== 0)
                    message.index = object.index >>> 0;
            if (object.configJson != null)
                if (typeof object.configJson !== "string" || object.configJson.length)
                    message.configJson = $String(object.configJson);
            if (object.preset != null)
                if (typeof object.preset !== "string" || object.preset.length)
                    message.preset = $String(object.preset);
            if (object.partitions != null)
                if ($Number(object.partitions) !== 0)
                    message.partitions = object.partitions >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a SweepPoint message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.SweepPoint
         * @static
         * @param {irqscale.SweepPoint} message SweepPoint
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SweepPoint.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.farmId = "";
                object.index = 0;
                object.configJson = "";
                object.preset = "";
                object.partitions = 0;
            }
            if (message.farmId != null && $Object.hasOwnProperty.call(message, "farmId"))
                object.farmId = message.farmId;
            if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                object.index = message.index;
            if (message.configJson != null && $Object.hasOwnProperty.call(message, "configJson"))
                object.configJson = message.configJson;
            if (message.preset != null && $Object.hasOwnProperty.call(message, "preset"))
                object.preset = message.preset;
            if (message.partitions != null && $Object.hasOwnProperty.call(message, "partitions"))
                object.partitions = message.partitions;
            return object;
        };

        /**
         * Converts this SweepPoint to JSON.
         * @function toJSON
         * @memberof irqscale.SweepPoint
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SweepPoint.prototype.toJSON = function() {
            return SweepPoint.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SweepPoint
         * @function getTypeUrl
         * @memberof irqscale.SweepPoint
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SweepPoint.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.SweepPoint";
        };

        return SweepPoint;
    })();

    irqscale.SweepAck = (function() {

        /**
         * Properties of a SweepAck.
         * @typedef {Object} irqscale.SweepAck.$Properties
         * @property {string|null} [farmId] SweepAck farmId
         * @property {number|null} [index] SweepAck index
         * @property {string|null} [worker] SweepAck worker
         * @property {boolean|null} [refused] SweepAck refused
         * @property {string|null} [workerId] SweepAck workerId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SweepAck.
         * @memberof irqscale
         * @interface ISweepAck
         * @augments irqscale.SweepAck.$Properties
         * @deprecated Use irqscale.SweepAck.$Properties instead.
         */

        /**
         * Shape of a SweepAck.
         * @typedef {irqscale.SweepAck.$Properties} irqscale.SweepAck.$Shape
         */

        /**
         * Constructs a new SweepAck.
         * @memberof irqscale
         * @classdesc Represents a SweepAck.
         * @constructor
         * @param {irqscale.SweepAck.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SweepAck = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SweepAck farmId.
         * @member {string} farmId
         * @memberof irqscale.SweepAck
         * @instance
         */
        SweepAck.prototype.farmId = "";

        /**
         * SweepAck index.
         * @member {number} index
         * @memberof irqscale.SweepAck
         * @instance
         */
        SweepAck.prototype.index = 0;

        /**
         * SweepAck worker.
         * @member {string} worker
         * @memberof irqscale.SweepAck
         * @instance
         */
        SweepAck.prototype.worker = "";

        /**
         * SweepAck refused.
         * @member {boolean} refused
         * @memberof irqscale.SweepAck
         * @instance
         */
        SweepAck.prototype.refused = false;

        /**
         * SweepAck workerId.
         * @member {string} workerId
         * @memberof irqscale.SweepAck
         * @instance
         */
        SweepAck.prototype.workerId = "";

        /**
         * Creates a new SweepAck instance using the specified properties.
         * @function create
         * @memberof irqscale.SweepAck
         * @static
         * @param {irqscale.SweepAck.$Properties=} [properties] Properties to set
         * @returns {irqscale.SweepAck} SweepAck instance
         * @type {{
         *   (properties: irqscale.SweepAck.$Shape): irqscale.SweepAck & irqscale.SweepAck.$Shape;
         *   (properties?: irqscale.SweepAck.$Properties): irqscale.SweepAck;
         * }}
         */
        SweepAck.create = function(properties) {
            return new SweepAck(properties);
        };

        /**
         * Encodes the specified SweepAck message. Does not implicitly {@link irqscale.SweepAck.verify|verify} messages.
         * @function encode
         * @memberof irqscale.SweepAck
         * @static
         * @param {irqscale.SweepAck.$Properties} message SweepAck message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SweepAck.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.farmId != null && $Object.hasOwnProperty.call(message, "farmId") && message.farmId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.farmId);
            if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.index);
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker") && message.worker !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.worker);
            if (message.refused != null && $Object.hasOwnProperty.call(message, "refused") && message.refused !== false)
                writer.uint32(/* id 4, wireType 0 =*/32).bool(message.refused);
            if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId") && message.workerId !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.workerId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified SweepAck message, length delimited. Does not implicitly {@link irqscale.SweepAck.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.SweepAck
         * @static
         * @param {irqscale.SweepAck.$Properties} message SweepAck message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SweepAck.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SweepAck message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.SweepAck
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.SweepAck & irqscale.SweepAck.$Shape} SweepAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SweepAck.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.SweepAck();
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
                            message.farmId = value;
                        else
                            delete message.farmId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.index = value;
                        else
                            delete message.index;
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
                        if (value = reader.bool())
                            message.refused = value;
                        else
                            delete message.refused;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.workerId = value;
                        else
                            delete message.workerId;
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
         * Decodes a SweepAck message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.SweepAck
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.SweepAck & irqscale.SweepAck.$Shape} SweepAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SweepAck.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SweepAck message.
         * @function verify
         * @memberof irqscale.SweepAck
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SweepAck.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.farmId != null && $Object.hasOwnProperty.call(message, "farmId"))
                if (!$util.isString(message.farmId))
                    return "farmId: string expected";
            if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                if (!$util.isInteger(message.index))
                    return "index: integer expected";
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                if (!$util.isString(message.worker))
                    return "worker: string expected";
            if (message.refused != null && $Object.hasOwnProperty.call(message, "refused"))
                if (typeof message.refused !== "boolean")
                    return "refused: boolean expected";
            if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId"))
                if (!$util.isString(message.workerId))
                    return "workerId: string expected";
            return null;
        };

        /**
         * Creates a SweepAck message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.SweepAck
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.SweepAck} SweepAck
         */
        SweepAck.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.SweepAck)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.SweepAck: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.SweepAck();
            if (object.farmId != null)
                if (typeof object.farmId !== "string" || object.farmId.length)
                    message.farmId = $String(object.farmId);
            if (object.index != null)
                if ($Number(object.index) !== 0)
                    message.index = object.index >>> 0;
            if (object.worker != null)
                if (typeof object.worker !== "string" || object.worker.length)
                    message.worker = $String(object.worker);
            if (object.refused != null)
                if (object.refused)
                    message.refused = $Boolean(object.refused);
            if (object.workerId != null)
                if (typeof object.workerId !== "string" || object.workerId.length)
                    message.workerId = $String(object.workerId);
            return message;
        };

        /**
         * Creates a plain object from a SweepAck message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.SweepAck
         * @static
         * @param {irqscale.SweepAck} message SweepAck
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SweepAck.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.farmId = "";
                object.index = 0;
                object.worker = "";
                object.refused = false;
                object.workerId = "";
            }
            if (message.farmId != null && $Object.hasOwnProperty.call(message, "farmId"))
                object.farmId = message.farmId;
            if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                object.index = message.index;
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                object.worker = message.worker;
            if (message.refused != null && $Object.hasOwnProperty.call(message, "refused"))
                object.refused = message.refused;
            if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId"))
                object.workerId = message.workerId;
            return object;
        };

        /**
         * Converts this SweepAck to JSON.
         * @function toJSON
         * @memberof irqscale.SweepAck
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SweepAck.prototype.toJSON = function() {
            return SweepAck.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SweepAck
         * @function getTypeUrl
         * @memberof irqscale.SweepAck
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SweepAck.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.SweepAck";
        };

        return SweepAck;
    })();

    irqscale.SweepResult = (function() {

        /**
         * Properties of a SweepResult.
         * @typedef {Object} irqscale.SweepResult.$Properties
         * @property {string|null} [farmId] SweepResult farmId
         * @property {number|null} [index] SweepResult index
         * @property {string|null} [worker] SweepResult worker
         * @property {string|null} [resultJson] SweepResult resultJson
         * @property {string|null} [error] SweepResult error
         * @property {boolean|null} [configError] SweepResult configError
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SweepResult.
         * @memberof irqscale
         * @interface ISweepResult
         * @augments irqscale.SweepResult.$Properties
         * @deprecated Use irqscale.SweepResult.$Properties instead.
         */

        /**
         * Shape of a SweepResult.
         * @typedef {irqscale.SweepResult.$Properties} irqscale.SweepResult.$Shape
         */

        /**
         * Constructs a new SweepResult.
         * @memberof irqscale
         * @classdesc Represents a SweepResult.
         * @constructor
         * @param {irqscale.SweepResult.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SweepResult = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SweepResult farmId.
         * @member {string} farmId
         * @memberof irqscale.SweepResult
         * @instance
         */
        SweepResult.prototype.farmId = "";

        /**
         * SweepResult index.
         * @member {number} index
         * @memberof irqscale.SweepResult
         * @instance
         */
        SweepResult.prototype.index = 0;

        /**
         * SweepResult worker.
         * @member {string} worker
         * @memberof irqscale.SweepResult
         * @instance
         */
        SweepResult.prototype.worker = "";

        /**
         * SweepResult resultJson.
         * @member {string} resultJson
         * @memberof irqscale.SweepResult
         * @instance
         */
        SweepResult.prototype.resultJson = "";

        /**
         * SweepResult error.
         * @member {string} error
         * @memberof irqscale.SweepResult
         * @instance
         */
        SweepResult.prototype.error = "";

        /**
         * SweepResult configError.
         * @member {boolean} configError
         * @memberof irqscale.SweepResult
         * @instance
         */
        SweepResult.prototype.configError = false;

        /**
         * Creates a new SweepResult instance using the specified properties.
         * @function create
         * @memberof irqscale.SweepResult
         * @static
         * @param {irqscale.SweepResult.$Properties=} [properties] Properties to set
         * @returns {irqscale.SweepResult} SweepResult instance
         * @type {{
         *   (properties: irqscale.SweepResult.$Shape): irqscale.SweepResult & irqscale.SweepResult.$Shape;
         *   (properties?: irqscale.SweepResult.$Properties): irqscale.SweepResult;
         * }}
         */
        SweepResult.create = function(properties) {
            return new SweepResult(properties);
        };

        /**
         * Encodes the specified SweepResult message. Does not implicitly {@link irqscale.SweepResult.verify|verify} messages.
         * @function encode
         * @memberof irqscale.SweepResult
         * @static
         * @param {irqscale.SweepResult.$Properties} message SweepResult message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SweepResult.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.farmId != null && $Object.hasOwnProperty.call(message, "farmId") && message.farmId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.farmId);
            if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.index);
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker") && message.worker !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.worker);
            if (message.resultJson != null && $Object.hasOwnProperty.call(message, "resultJson") && message.resultJson !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.resultJson);
            if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.error);
            if (message.configError != null && $Object.hasOwnProperty.call(message, "configError") && message.configError !== false)
                writer.uint32(/* id 6, wireType 0 =*/48).bool(message.configError);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified SweepResult message, length delimited. Does not implicitly {@link irqscale.SweepResult.verify|verify} messages.
         * @function encodeDelimited
         * @memberof irqscale.SweepResult
         * @static
         * @param {irqscale.SweepResult.$Properties} message SweepResult message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SweepResult.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SweepResult message from the specified reader or buffer.
         * @function decode
         * @memberof irqscale.SweepResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {irqscale.SweepResult & irqscale.SweepResult.$Shape} SweepResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SweepResult.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.irqscale.SweepResult();
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
                            message.farmId = value;
                        else
                            delete message.farmId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.index = value;
                        else
                            delete message.index;
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
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.resultJson = value;
                        else
                            delete message.resultJson;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.error = value;
                        else
                            delete message.error;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.configError = value;
                        else
                            delete message.configError;
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
         * Decodes a SweepResult message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof irqscale.SweepResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {irqscale.SweepResult & irqscale.SweepResult.$Shape} SweepResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SweepResult.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SweepResult message.
         * @function verify
         * @memberof irqscale.SweepResult
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SweepResult.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.farmId != null && $Object.hasOwnProperty.call(message, "farmId"))
                if (!$util.isString(message.farmId))
                    return "farmId: string expected";
            if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                if (!$util.isInteger(message.index))
                    return "index: integer expected";
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                if (!$util.isString(message.worker))
                    return "worker: string expected";
            if (message.resultJson != null && $Object.hasOwnProperty.call(message, "resultJson"))
                if (!$util.isString(message.resultJson))
                    return "resultJson: string expected";
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                if (!$util.isString(message.error))
                    return "error: string expected";
            if (message.configError != null && $Object.hasOwnProperty.call(message, "configError"))
                if (typeof message.configError !== "boolean")
                    return "configError: boolean expected";
            return null;
        };

        /**
         * Creates a SweepResult message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof irqscale.SweepResult
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {irqscale.SweepResult} SweepResult
         */
        SweepResult.fromObject = function (object, _depth) {
            if (object instanceof $root.irqscale.SweepResult)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".irqscale.SweepResult: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.irqscale.SweepResult();
            if (object.farmId != null)
                if (typeof object.farmId !== "string" || object.farmId.length)
                    message.farmId = $String(object.farmId);
            if (object.index != null)
                if ($Number(object.index) !== 0)
                    message.index = object.index >>> 0;
            if (object.worker != null)
                if (typeof object.worker !== "string" || object.worker.length)
                    message.worker = $String(object.worker);
            if (object.resultJson != null)
                if (typeof object.resultJson !== "string" || object.resultJson.length)
                    message.resultJson = $String(object.resultJson);
            if (object.error != null)
                if (typeof object.error !== "string" || object.error.length)
                    message.error = $String(object.error);
            if (object.configError != null)
                if (object.configError)
                    message.configError = $Boolean(object.configError);
            return message;
        };

        /**
         * Creates a plain object from a SweepResult message. Also converts values to other types if specified.
         * @function toObject
         * @memberof irqscale.SweepResult
         * @static
         * @param {irqscale.SweepResult} message SweepResult
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SweepResult.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.farmId = "";
                object.index = 0;
                object.worker = "";
                object.resultJson = "";
                object.error = "";
                object.configError = false;
            }
            if (message.farmId != null && $Object.hasOwnProperty.call(message, "farmId"))
                object.farmId = message.farmId;
            if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                object.index = message.index;
            if (message.worker != null && $Object.hasOwnProperty.call(message, "worker"))
                object.worker = message.worker;
            if (message.resultJson != null && $Object.hasOwnProperty.call(message, "resultJson"))
                object.resultJson = message.resultJson;
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                object.error = message.error;
            if (message.configError != null && $Object.hasOwnProperty.call(message, "configError"))
                object.configError = message.configError;
            return object;
        };

        /**
         * Converts this SweepResult to JSON.
         * @function toJSON
         * @memberof irqscale.SweepResult
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SweepResult.prototype.toJSON = function() {
            return SweepResult.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SweepResult
         * @function getTypeUrl
         * @memberof irqscale.SweepResult
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SweepResult.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/irqscale.SweepResult";
        };

        return SweepResult;
    })();

    return irqscale;
})();

export {
  $root as default
};
